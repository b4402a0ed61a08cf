package dev.ficus.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class RealServicesIntegrationTests {

    @Test
    void givesEachSuiteAFreshSchemaOfItsOwn() throws Exception {
        PostgresDatabase first = RealServices.freshPostgresSchema("ficus_support_check");
        assertThat(first.schema()).startsWith("ficus_support_check");
        try (Connection connection = DriverManager.getConnection(first.schemaUrl(), first.username(), first.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE marker (id int)");
            statement.execute("INSERT INTO marker VALUES (42)");
            try (ResultSet rows = statement.executeQuery("SELECT current_schema(), (SELECT id FROM marker)")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo(first.schema());
                assertThat(rows.getInt(2)).isEqualTo(42);
            }
        }

        PostgresDatabase again = RealServices.freshPostgresSchema("ficus_support_check");
        try (Connection connection = DriverManager.getConnection(again.schemaUrl(), again.username(), again.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement
                    .executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                            + again.schema() + "'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("tables left from the previous run").isZero();
        }
    }

    @Test
    void rejectsSchemaNamesThatCouldInjectSql() {
        assertThatIllegalArgumentException().isThrownBy(() -> RealServices.freshPostgresSchema("x; DROP TABLE y"));
    }

    @Test
    void findsABrokerThatAcceptsConnections() throws Exception {
        RabbitBroker broker = RealServices.rabbit();
        try (Socket socket = new Socket(broker.host(), broker.port())) {
            assertThat(socket.isConnected()).isTrue();
        }
    }

}
