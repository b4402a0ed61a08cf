package dev.ficus.analyzer.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes generated files into a service folder without losing the user's work: a file the
 * user changed since it was generated is kept unless forced. Everything is first written
 * to a staging folder next to the target and then moved into place, so a failure leaves
 * no half-written service.
 */
final class ScaffoldWriter {

    private ScaffoldWriter() {
    }

    static ScaffoldResult write(Path out, List<GeneratedFile> files, boolean force) {
        try {
            return writeOrFail(out.toAbsolutePath().normalize(), files, force);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScaffoldResult writeOrFail(Path out, List<GeneratedFile> files, boolean force) throws IOException {
        Manifest previous = Manifest.read(out);
        List<GeneratedFile> toWrite = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        TreeMap<String, String> hashes = new TreeMap<>();
        for (GeneratedFile file : files) {
            String hash = Manifest.sha256(file.content());
            hashes.put(file.path(), hash);
            Path target = out.resolve(file.path());
            if (!Files.exists(target)) {
                toWrite.add(file);
                continue;
            }
            String onDisk = Manifest.sha256(target);
            if (onDisk.equals(hash)) {
                unchanged.add(file.path());
            }
            else if (force || previous.hashOf(file.path()).filter(onDisk::equals).isPresent()) {
                toWrite.add(file);
            }
            else {
                kept.add(file.path());
            }
        }
        Files.createDirectories(out.getParent());
        Path staging = Files.createTempDirectory(out.getParent(), ".ficus-scaffold-");
        try {
            for (GeneratedFile file : toWrite) {
                Path staged = staging.resolve(file.path());
                Files.createDirectories(staged.getParent());
                Files.writeString(staged, file.content(), StandardCharsets.UTF_8);
            }
            Files.writeString(staging.resolve(Manifest.FILE), new Manifest(hashes).toJson(), StandardCharsets.UTF_8);
            moveIntoPlace(staging, out, toWrite);
        }
        finally {
            deleteTree(staging);
        }
        return new ScaffoldResult(out, toWrite.stream().map(GeneratedFile::path).sorted().toList(),
                unchanged.stream().sorted().toList(), kept.stream().sorted().toList());
    }

    private static void moveIntoPlace(Path staging, Path out, List<GeneratedFile> toWrite) throws IOException {
        if (!Files.exists(out)) {
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        for (GeneratedFile file : toWrite) {
            Path target = out.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.move(staging.resolve(file.path()), target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging.resolve(Manifest.FILE), out.resolve(Manifest.FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

}
