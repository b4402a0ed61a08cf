package dev.ficus.datamigration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TableChecksumUnitTests {

    private static final String QUERY = "select id, amount, label from t";

    @Test
    void ignoresRowOrderAndNumericScale() throws SQLException {
        TableChecksum forward = checksumOf("(1, 12.5, 'a')", "(2, 3, 'b')");
        TableChecksum backward = checksumOf("(2, 3.00, 'b')", "(1, 12.50, 'a')");

        assertThat(backward).isEqualTo(forward);
        assertThat(forward.rows()).isEqualTo(2);
    }

    @Test
    void changesWithAnyValueIncludingNull() throws SQLException {
        TableChecksum original = checksumOf("(1, 12.5, 'a')", "(2, 3, 'b')");

        assertThat(checksumOf("(1, 12.5, 'a')", "(2, 3, 'c')")).isNotEqualTo(original);
        assertThat(checksumOf("(1, 12.5, 'a')", "(2, 3, null)")).isNotEqualTo(original);
        assertThat(checksumOf("(1, 12.5, 'a')", "(2, 3, 'b')", "(2, 3, 'b')").checksum())
            .isNotEqualTo(original.checksum());
    }

    private static TableChecksum checksumOf(String... rows) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table t (id bigint, amount numeric(12, 2), label varchar(10))");
            for (String row : rows) {
                statement.execute("insert into t values " + row);
            }
            return TableChecksum.of(connection, QUERY, 3);
        }
    }

}
