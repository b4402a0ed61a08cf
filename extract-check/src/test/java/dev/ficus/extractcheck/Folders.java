package dev.ficus.extractcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The checks' work folders: emptied before a run, fixtures copied in. */
final class Folders {

    private Folders() {
    }

    /** Deletes the folder and all it holds, if it exists. */
    static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /**
     * A fresh copy of a fixture's sources in {@code project}: not what a build of it left
     * in its {@code target} folder.
     */
    static Path copySources(Path fixture, Path project) throws IOException {
        deleteTree(project);
        try (Stream<Path> paths = Files.walk(fixture)) {
            for (Path path : paths.filter(path -> !fixture.relativize(path).startsWith("target")).toList()) {
                Path target = project.resolve(fixture.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(path, target);
                }
            }
        }
        return project;
    }

}
