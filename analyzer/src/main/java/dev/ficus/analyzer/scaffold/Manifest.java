package dev.ficus.analyzer.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code .ficus-scaffold.json}: the SHA-256 of every file as it was generated, so a later
 * run can tell the files a user changed (keep them) from those still as generated (safe
 * to update).
 *
 * @param hashes SHA-256 in hex by file path, sorted
 */
record Manifest(SortedMap<String, String> hashes) {

    static final String FILE = ".ficus-scaffold.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    Manifest {
        hashes = new TreeMap<>(hashes);
    }

    /**
     * The manifest in the folder; empty when there is none or it is unreadable, so every
     * file counts as the user's.
     */
    static Manifest read(Path folder) {
        SortedMap<String, String> hashes = new TreeMap<>();
        Path file = folder.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                JsonNode files = JSON.readTree(file.toFile()).path("files");
                files.forEachEntry((path, hash) -> hashes.put(path, hash.asString()));
            }
            catch (JacksonException e) {
                hashes.clear();
            }
        }
        return new Manifest(hashes);
    }

    Optional<String> hashOf(String path) {
        return Optional.ofNullable(hashes.get(path));
    }

    String toJson() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("schemaVersion", 1);
        document.put("files", hashes);
        return JSON.writeValueAsString(document) + "\n";
    }

    static String sha256(String content) {
        return sha256(content.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
