package dev.ficus.gateway.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.StringUtils;

/**
 * The bearer token guarding the admin API: configured, or generated once and kept in an
 * owner-only file.
 */
public final class AdminToken {

    private static final Logger logger = LoggerFactory.getLogger(AdminToken.class);

    private static final int TOKEN_BYTES = 32;

    private final byte[] token;

    private final String id;

    private AdminToken(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.id = idOf(this.token);
    }

    /**
     * The configured token, else the one in the token file, else a new one written to the
     * token file.
     */
    public static AdminToken of(AdminProperties properties) {
        if (StringUtils.hasText(properties.adminToken())) {
            return new AdminToken(properties.adminToken().trim());
        }
        Path file = properties.adminTokenFile().toAbsolutePath();
        try {
            if (Files.exists(file)) {
                return new AdminToken(Files.readString(file).trim());
            }
            String generated = generate();
            write(file, generated);
            logger.info("Generated the admin API token in {}", file);
            return new AdminToken(generated);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read or write the admin token file " + file, ex);
        }
    }

    /** Whether a presented token is this one, compared in constant time. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Names the token in the audit log without revealing it: the first 8 hex digits of
     * its SHA-256.
     */
    public String id() {
        return id;
    }

    private static String idOf(byte[] token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token), 0, 4);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java platform has SHA-256", ex);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void write(Path file, String token) throws IOException {
        Files.createDirectories(file.getParent());
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(file.getParent(), "admin-token", ".tmp", ownerOnly);
        try {
            Files.writeString(temp, token + System.lineSeparator());
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        }
        finally {
            Files.deleteIfExists(temp);
        }
    }

}
