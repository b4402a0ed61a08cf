package dev.ficus.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Changes a settings file the way its users' tools do, for tests of a process that
 * follows it ({@code ficus.settings.file}).
 */
public final class SettingsFiles {

    private SettingsFiles() {
    }

    /** Replaces the file at once, as an editor's save does. */
    public static Path write(Path file, String content) throws IOException {
        Path temp = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"), content);
        return Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * What the kubelet does on a ConfigMap update: the file {@code settings.properties}
     * in a new timestamped folder, then {@code ..data} swapped to it atomically.
     */
    public static void configMap(Path mount, String version, String content) throws IOException {
        Files.writeString(Files.createDirectories(mount.resolve(version)).resolve("settings.properties"), content);
        Path next = Files.createSymbolicLink(mount.resolve("..data_tmp"), Path.of(version));
        Files.move(next, mount.resolve("..data"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

}
