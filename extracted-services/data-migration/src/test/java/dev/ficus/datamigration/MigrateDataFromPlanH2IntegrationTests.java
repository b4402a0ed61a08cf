package dev.ficus.datamigration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.DataMove;
import dev.ficus.plan.MigrationPlan;
import dev.ficus.plan.PlanDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate-data --plan}: the tables of any candidate of the sample's real plan,
 * from a monolith H2 database to a service H2 database whose tables the module's own
 * Flyway script created.
 */
class MigrateDataFromPlanH2IntegrationTests {

    private static final int ROWS = 130;

    private final ShopDatabase monolith = ShopDatabase.h2()
        .migrated("monolith")
        .withNotifications(ROWS)
        .withShipments(ROWS)
        .withOrders(ROWS);

    @TempDir
    Path folder;

    @Test
    void copiesTheNotificationsThePlanNamesAndProvesBothSidesMatch() {
        ShopDatabase service = ShopDatabase.h2().withTablesOf("notifications");

        MigrationRun run = MigrationRun.of("notifications", monolith, service, "--plan", plan(), "--batch", "50");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
            .startsWith("notifications: 1 table(s) from " + plan()
                    + "; columns, keys and copy order (parents first) from the source database's metadata, the plan"
                    + " carries no foreign keys\n")
            .contains("notifications_notification copied 130 of 130 rows")
            .containsPattern("notifications_notification +130 +130 +(\\p{XDigit}{16})  +\\1  +match")
            .contains("verified: both sides match");
        assertThat(run.err()).contains("notifications_notification: 50 rows read, 50 copied",
                "notifications_notification: 130 rows read, 130 copied");
        assertThat(service.count("notifications_notification where order_id is null")).isEqualTo(ROWS / 3);
        assertThat(service.queryString("select message from notifications_notification where id = 77"))
            .isEqualTo("Message number 77");
    }

    @Test
    void copiesTheShipmentsAndContinuesTheirIdentity() {
        ShopDatabase service = ShopDatabase.h2().withTablesOf("shipping");

        MigrationRun run = MigrationRun.of("shipping", monolith, service, "--plan", plan());
        service.update("insert into shipping_shipment (order_id, customer_id, tracking_number, shipped_at)"
                + " values (99999, 1, 'TRK-NEW', current_timestamp)");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("shipping_shipment +130 +130 +(\\p{XDigit}{16})  +\\1  +match");
        assertThat(service.queryLong("select id from shipping_shipment where tracking_number = 'TRK-NEW'"))
            .isEqualTo(ROWS + 1);
        assertThat(service.queryString("select tracking_number from shipping_shipment where order_id = 1042"))
            .isEqualTo("TRK-000042");
    }

    @Test
    void resumesTheOrdersParentsFirstByTheirCompositeKeys() {
        ShopDatabase service = ShopDatabase.h2().withTablesOf("orders");
        long lines = monolith.count("orders_order_line");

        int committed = MigrationRun.interruptedAfter(6, "orders", monolith, service, "--plan", plan(), "--batch",
                "40");
        long linesBeforeResuming = service.count("orders_order_line");
        MigrationRun resumed = MigrationRun.of("orders", monolith, service, "--plan", plan(), "--batch", "40");

        assertThat(committed).isEqualTo(6);
        assertThat(linesBeforeResuming).isEqualTo(80);
        assertThat(lines).isEqualTo(260);
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("orders_order               copied 0 of 130 rows")
            .contains("orders_order_line          copied 180 of 260 rows")
            .containsPattern("orders_order_line +260 +260 +(\\p{XDigit}{16})  +\\1  +match");
    }

    @Test
    void refusesToOverwriteAConflictingShipment() {
        ShopDatabase service = ShopDatabase.h2().withTablesOf("shipping");
        service.update("insert into shipping_shipment (id, order_id, customer_id, tracking_number, shipped_at)"
                + " values (5, 1005, 6, 'CHANGED', current_timestamp)");

        MigrationRun run = MigrationRun.of("shipping", monolith, service, "--plan", plan());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines().reduce((first, second) -> second)).hasValueSatisfying(
                line -> assertThat(line).startsWith("migrate-data: conflict in shipping_shipment at key 5")
                    .endsWith("(refusing to overwrite)"));
        assertThat(service.count("shipping_shipment")).isEqualTo(1);
    }

    @Test
    void answersAnUnknownCandidateWithThePlansCandidates() {
        ShopDatabase service = ShopDatabase.h2().withTablesOf("shipping");

        MigrationRun run = MigrationRun.of("shiping", monolith, service, "--plan", plan());

        assertUserMistake(run, "migrate-data: unknown candidate 'shiping' in " + plan()
                + ", did you mean 'shipping'? (candidates: notifications, inventory, shipping, customers, payments,"
                + " orders, catalog)");
    }

    @Test
    void answersAPlanThatCannotBeReadInOneLine() throws IOException {
        ShopDatabase service = ShopDatabase.h2().withTablesOf("shipping");
        String json = Files.readString(Path.of(plan()));
        Path truncated = Files.writeString(folder.resolve("plan.json"), json.substring(0, json.length() / 3));
        Path missing = folder.resolve("nowhere.json");

        assertUserMistake(MigrationRun.of("shipping", monolith, service, "--plan", missing.toString()),
                "migrate-data: plan not found: " + missing + " (run ./ficus plan first)");
        MigrationRun cutShort = MigrationRun.of("shipping", monolith, service, "--plan", truncated.toString());
        assertThat(cutShort.exitCode()).isEqualTo(2);
        assertThat(cutShort.err().strip()).doesNotContain("\n")
            .startsWith("migrate-data: plan " + truncated + " is not valid JSON (");
        Path withoutTables = Files.writeString(folder.resolve("no-tables.json"),
                PlanDocuments.toJson(withoutTablesOf("notifications", PlanDocuments.read(Path.of(plan())))));
        assertUserMistake(MigrationRun.of("notifications", monolith, service, "--plan", withoutTables.toString()),
                "migrate-data: candidate 'notifications' of " + withoutTables
                        + " moves no table: there is no data to migrate");
    }

    @Test
    void namesTheColumnsATargetTableLacks() {
        ShopDatabase service = ShopDatabase.h2();
        service.update("create table shipping_shipment (id bigint primary key, order_id bigint)");

        MigrationRun run = MigrationRun.of("shipping", monolith, service, "--plan", plan());

        assertUserMistake(run, "migrate-data: the target database has no usable table shipping_shipment with columns"
                + " id, order_id, customer_id, tracking_number, shipped_at (start the shipping service against it"
                + " once to create it)");
    }

    @Test
    void copiesAJoinTableWithoutPrimaryKeyMatchingRowsOnAllTheirColumns() throws IOException {
        monolith.update("create table clinic_vet_skills (vet_id integer not null, skill_id integer not null)");
        for (int vet = 1; vet <= 45; vet++) {
            monolith.update("insert into clinic_vet_skills values (?, ?), (?, ?)", vet, vet % 3, vet, 3 + vet % 2);
        }
        ShopDatabase service = ShopDatabase.h2();
        service.update("create table clinic_vet_skills (vet_id bigint not null, skill_id bigint not null)");
        service.update("insert into clinic_vet_skills values (7, 1), (7, 4)");
        Path joinTable = withTables("notifications", joinTable(false));

        MigrationRun run = MigrationRun.of("notifications", monolith, service, "--plan", joinTable.toString(),
                "--batch", "20");
        MigrationRun again = MigrationRun.of("notifications", monolith, service, "--plan", joinTable.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("clinic_vet_skills +copied 88 of 90 rows")
            .containsPattern("clinic_vet_skills +90 +90 +(\\p{XDigit}{16})  +\\1  +match");
        assertThat(service.count("clinic_vet_skills where vet_id = 44")).isEqualTo(2);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).containsPattern("clinic_vet_skills +copied 0 of 90 rows");
    }

    @Test
    void refusesATableWithoutPrimaryKeyWhoseColumnsAcceptNull() throws IOException {
        monolith.update("create table clinic_vet_skills (vet_id integer not null, skill_id integer)");
        ShopDatabase service = ShopDatabase.h2();
        service.update("create table clinic_vet_skills (vet_id bigint not null, skill_id bigint)");

        MigrationRun run = MigrationRun.of("notifications", monolith, service, "--plan",
                withTables("notifications", joinTable(true)).toString());

        assertUserMistake(run, "migrate-data: table clinic_vet_skills has no primary key in the source database or"
                + " the plan and has columns that accept null, so its rows cannot be matched and copied resumably");
    }

    @Test
    void copiesTheSqlTablesAndLeavesADocumentCollectionToItsStoresTools() throws IOException {
        ShopDatabase service = ShopDatabase.h2().withTablesOf("notifications");
        DataMove.Table notifications = PlanDocuments.read(Path.of(plan()))
            .candidate("notifications")
            .orElseThrow()
            .data()
            .tables()
            .get(0);
        DataMove.Table readHistory = new DataMove.Table("readhistory", "com.acme.ReadHistory", List.of(), "mongodb");

        MigrationRun run = MigrationRun.of("notifications", monolith, service, "--plan",
                withTables("notifications", List.of(notifications, readHistory)).toString());
        MigrationRun onlyCollections = MigrationRun.of("notifications", monolith, service, "--plan",
                withTables("notifications", List.of(readHistory)).toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("notifications: 1 table(s) from ")
            .contains("; left out, not SQL tables: readhistory (mongodb)\n")
            .containsPattern("notifications_notification +130 +130 +(\\p{XDigit}{16})  +\\1  +match")
            .doesNotContainPattern("(?m)^readhistory");
        assertUserMistake(onlyCollections,
                "migrate-data: candidate 'notifications' of " + folder.resolve("plan-with-tables.json")
                        + " moves no SQL table, only document collections"
                        + " (readhistory (mongodb)): copy them with their store's tools");
    }

    private static List<DataMove.Table> joinTable(boolean nullable) {
        return List.of(new DataMove.Table("clinic_vet_skills", "com.acme.clinic.Vet",
                List.of(new DataMove.Column("vet_id", "bigint", false, false, false, false),
                        new DataMove.Column("skill_id", "bigint", false, false, nullable, false))));
    }

    /**
     * The sample's plan with one candidate moving the given tables, written to a file.
     */
    private Path withTables(String name, List<DataMove.Table> tables) throws IOException {
        MigrationPlan plan = PlanDocuments.read(Path.of(plan()));
        List<CandidatePlan> candidates = plan.candidates()
            .stream()
            .map(c -> !c.name().equals(name) ? c
                    : new CandidatePlan(c.name(), c.rank(), c.score(), c.why(), c.boundary(),
                            new DataMove(tables, c.data().foreignAccesses()), c.traffic(), c.checklist(), c.risks()))
            .toList();
        return Files.writeString(folder.resolve("plan-with-tables.json"),
                PlanDocuments.toJson(new MigrationPlan(plan.schemaVersion(), plan.analysedPath(), candidates,
                        plan.calledTypes(), plan.events())));
    }

    /**
     * The plan with one candidate's tables gone (every candidate of the sample has some).
     */
    private static MigrationPlan withoutTablesOf(String name, MigrationPlan plan) {
        List<CandidatePlan> candidates = plan.candidates()
            .stream()
            .map(c -> !c.name().equals(name) ? c
                    : new CandidatePlan(c.name(), c.rank(), c.score(), c.why(), c.boundary(),
                            new DataMove(List.of(), c.data().foreignAccesses()), c.traffic(), c.checklist(), c.risks()))
            .toList();
        return new MigrationPlan(plan.schemaVersion(), plan.analysedPath(), candidates, plan.calledTypes(),
                plan.events());
    }

    private static String plan() {
        return SamplePlan.file().toString();
    }

    private static void assertUserMistake(MigrationRun run, String line) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(line);
    }

}
