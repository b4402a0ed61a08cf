package dev.ficus.datamigration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Row count and an order-independent checksum of a table: the sum (mod 2^64) of the first
 * 8 bytes of each row's SHA-256 over its canonical text, so two sides match exactly when
 * they hold the same multiset of rows (up to hash collisions).
 */
record TableChecksum(long rows, long checksum) {

    static TableChecksum of(Connection connection, String query, int columnCount) throws SQLException {
        long rows = 0;
        long sum = 0;
        try (PreparedStatement statement = connection.prepareStatement(query);
                ResultSet resultSet = statement.executeQuery()) {
            while (resultSet.next()) {
                rows++;
                sum += hash(Row.read(resultSet, columnCount).canonical());
            }
        }
        return new TableChecksum(rows, sum);
    }

    String hex() {
        return "%016x".formatted(checksum);
    }

    private static long hash(String canonical) {
        byte[] digest = sha256().digest(canonical.getBytes(StandardCharsets.UTF_8));
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = (value << 8) | (digest[i] & 0xff);
        }
        return value;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
