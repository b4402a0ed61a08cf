package dev.ficus.datamigration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * {@code migrate-data --plan} from a real MariaDB (127.0.0.1:3306, root without a
 * password, as the machine's local server has it) to H2: MySQL's driver reads a
 * {@code DATETIME} as a {@code LocalDateTime} and H2 a {@code TIMESTAMP} as a
 * {@code Timestamp}, and the checksums still match.
 */
class MigrateDataFromMariaDbIntegrationTests {

    private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";

    private static final String DATABASE = "ficus_data_migration";

    private static final String NOTIFICATIONS = """
            create table notifications_notification (id bigint primary key, customer_id bigint not null,
            order_id bigint, type varchar(20) not null, recipient varchar(200) not null,
            message varchar(500) not null, sent_at %s not null)""";

    @Test
    void copiesAndVerifiesTheNotificationsOfAMySqlDatabase() {
        new ShopDatabase(SERVER, "root", "").update("drop database if exists " + DATABASE);
        new ShopDatabase(SERVER, "root", "").update("create database " + DATABASE);
        ShopDatabase monolith = new ShopDatabase(SERVER + DATABASE, "root", "");
        monolith.update(NOTIFICATIONS.formatted("datetime"));
        monolith.withNotifications(90);
        ShopDatabase service = ShopDatabase.h2();
        service.update(NOTIFICATIONS.formatted("timestamp"));

        MigrationRun run = MigrationRun.of("notifications", monolith, service, "--plan", SamplePlan.file().toString(),
                "--batch", "40");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("notifications_notification +90 +90 +(\\p{XDigit}{16})  +\\1  +match")
            .contains("verified: both sides match");
        // the driver writes an OffsetDateTime as the wall time of the JVM's zone, which
        // H2 keeps
        assertThat(service.queryString("select cast(sent_at as varchar) from notifications_notification where id = 30"))
            .startsWith(ShopDatabase.SENT.plusMinutes(30)
                .atZoneSameInstant(ZoneId.systemDefault())
                .toLocalDateTime()
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
    }

}
