package dev.ficus.gateway.routing;

import dev.ficus.gateway.api.Mode;
import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.api.AuditEntry;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class RouteTableUnitTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void startsFromTheConfiguredModes() {
        RouteTable table = table(dir.resolve("state.json"));

        assertThat(table.setting("catalog")).isEqualTo(RouteSetting.canary(10));
        assertThat(table.setting("inventory")).isEqualTo(RouteSetting.monolith());
        assertThat(table.audit()).isEmpty();
    }

    @Test
    void restoresSavedRoutesAndAuditOverTheConfiguration() {
        Path file = dir.resolve("state.json");
        table(file).change("catalog", RouteSetting.service(), "promoted");

        RouteTable restored = table(file);

        assertThat(restored.setting("catalog")).isEqualTo(RouteSetting.service());
        assertThat(restored.audit()).containsExactly(new AuditEntry(CLOCK.instant(), "catalog", RouteSetting.canary(10),
                RouteSetting.service(), "promoted"));
    }

    @Test
    void movesTheAuditEntriesOfAnOlderStateFileToTheAuditLog() throws IOException {
        Path file = dir.resolve("state.json");
        Files.writeString(file, """
                {"routes":{"catalog":{"mode":"SERVICE","weight":100}},
                 "audit":[{"time":"2026-01-01T00:00:00Z","capability":"catalog","old":{"mode":"CANARY","weight":10},
                           "new":{"mode":"SERVICE","weight":100},"reason":"promoted","caller":null}]}
                """);

        RouteTable table = table(file);
        table.change("inventory", RouteSetting.service(), "all");
        RouteTable restarted = table(file);

        assertThat(restarted.setting("catalog")).isEqualTo(RouteSetting.service());
        assertThat(restarted.audit()).extracting(AuditEntry::capability, AuditEntry::reason)
            .containsExactly(tuple("catalog", "promoted"), tuple("inventory", "all"));
        assertThat(Files.readString(file)).doesNotContain("\"audit\"");
        assertThat(Files.readAllLines(dir.resolve("audit.jsonl"))).hasSize(2);
    }

    @Test
    void startsFromTheBackupWhenTheStateFileIsTruncated() throws IOException {
        Path file = dir.resolve("state.json");
        RouteTable table = table(file);
        table.change("catalog", RouteSetting.canary(50), "half");
        table.change("catalog", RouteSetting.service(), "all");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

        RouteTable restored = table(file);

        assertThat(restored.setting("catalog")).isEqualTo(RouteSetting.canary(50));
        assertThat(restored.audit()).as("the audit log is a file of its own, whole")
            .extracting(AuditEntry::reason)
            .containsExactly("half", "all");
    }

    @Test
    void startsFromTheConfigurationWhenStateFileAndBackupAreUnreadable() throws IOException {
        Path file = dir.resolve("state.json");
        RouteTable table = table(file);
        table.change("catalog", RouteSetting.service(), "all");
        table.change("inventory", RouteSetting.service(), "all");
        Files.writeString(file, "{\"routes\":{\"cat");
        Files.writeString(dir.resolve("state.json.bak"), "");

        RouteTable restored = table(file);

        assertThat(restored.setting("catalog")).isEqualTo(RouteSetting.canary(10));
        assertThat(restored.setting("inventory")).isEqualTo(RouteSetting.monolith());
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        Path file = dir.resolve("state.json");
        RouteTable table = table(file);
        table.change("catalog", RouteSetting.service(), "all");
        table.change("catalog", RouteSetting.monolith(), "back");

        try (var files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("state.json",
                    "state.json.bak", "audit.jsonl");
        }
    }

    @Test
    void keepsTheOldRouteWhenTheChangeCannotBeSaved() throws IOException {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the state directory should be");
        RouteTable table = table(blocked.resolve("state.json"));

        assertThatExceptionOfType(RuntimeException.class)
            .isThrownBy(() -> table.change("catalog", RouteSetting.service(), "promoted"));

        assertThat(table.setting("catalog")).isEqualTo(RouteSetting.canary(10));
        assertThat(table.audit()).isEmpty();
    }

    @Test
    void normalisesWeightsToWhatTheModeMeans() {
        assertThat(new RouteSetting(Mode.SERVICE, 0).weight()).isEqualTo(100);
        assertThat(new RouteSetting(Mode.SHADOW, 40).weight()).isZero();
        assertThat(Mode.of(" canary ")).isEqualTo(Mode.CANARY);
    }

    @Test
    void reconfigurationKeepsAnAdminSettingWhereTheConfiguredModeIsUnchanged() {
        RouteTable table = table(dir.resolve("state.json"));
        table.change("catalog", RouteSetting.service(), "promoted");

        List<AuditEntry> changes = table.reconfigure(
                Map.of("catalog",
                        properties("/api/catalog/**", Mode.CANARY, 10, "http://catalog-1", "http://catalog-2"),
                        "inventory", properties("/api/inventory/**", Mode.SERVICE, 0, "http://inventory")),
                "route file routes.yaml");

        assertThat(changes).containsExactlyInAnyOrder(
                new AuditEntry(CLOCK.instant(), "catalog", RouteSetting.service(), RouteSetting.service(),
                        "configuration changed: service-urls [http://catalog] -> [http://catalog-1, http://catalog-2]",
                        "route file routes.yaml"),
                new AuditEntry(CLOCK.instant(), "inventory", RouteSetting.monolith(), RouteSetting.service(),
                        "configured setting changed", "route file routes.yaml"));
        assertThat(table.capability("catalog").orElseThrow().serviceUrls())
            .containsExactly(URI.create("http://catalog-1"), URI.create("http://catalog-2"));
        assertThat(table(dir.resolve("state.json")).setting("inventory")).isEqualTo(RouteSetting.service());
    }

    @Test
    void reconfigurationRefusesToRemoveACapabilityRoutedToItsService() {
        RouteTable table = table(dir.resolve("state.json"));

        assertThatIllegalArgumentException()
            .isThrownBy(() -> table.reconfigure(
                    Map.of("inventory", properties("/api/inventory/**", Mode.MONOLITH, 0, "http://inventory")), "file"))
            .withMessage("capability 'catalog' is routed in mode CANARY; set it to MONOLITH before removing it from "
                    + "the configuration");
        assertThat(table.capability("catalog")).isPresent();
        assertThat(table.audit()).isEmpty();
    }

    @Test
    void refusesToStartWithoutTheConfigurationOfACapabilitySavedAsRoutedToItsService() {
        Path file = dir.resolve("state.json");
        table(file).change("catalog", RouteSetting.service(), "promoted");

        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> inventoryOnly(file))
            .withMessage("The state file " + file + " routes 'catalog' (SERVICE) to its service, but no "
                    + "configuration declares it: start with the profile or route file that does, or set it to "
                    + "MONOLITH there first");
        assertThat(table(file).setting("catalog")).as("still saved").isEqualTo(RouteSetting.service());
    }

    @Test
    void dropsTheSavedRouteOfAnUndeclaredCapabilityThatOnlyTheMonolithServes() {
        Path file = dir.resolve("state.json");
        table(file).change("catalog", RouteSetting.monolith(), "rolled back");

        RouteTable inventoryOnly = inventoryOnly(file);

        assertThat(inventoryOnly.capabilities()).extracting(Capability::name).containsExactly("inventory");
    }

    private static RouteTable inventoryOnly(Path file) {
        return new RouteTable(
                Map.of("inventory", properties("/api/inventory/**", Mode.MONOLITH, 0, "http://inventory")),
                new RoutingStateStore(file, JSON), new AuditLog(file.resolveSibling("audit.jsonl"), 1 << 20, 2, JSON),
                CLOCK);
    }

    @Test
    void reconfigurationWithNothingChangedAuditsNothing() {
        RouteTable table = table(dir.resolve("state.json"));

        assertThat(table.reconfigure(Map.of("catalog", properties("/api/catalog/**", Mode.CANARY, 10, "http://catalog"),
                "inventory", properties("/api/inventory/**", Mode.MONOLITH, 0, "http://inventory")), "file"))
            .isEmpty();
        assertThat(table.audit()).isEmpty();
    }

    private static RoutingProperties.CapabilityProperties properties(String path, Mode mode, int weight,
            String... urls) {
        return new RoutingProperties.CapabilityProperties(List.of(path), null, mode, weight, DataOwnership.Writes.AUTO,
                null, Stream.of(urls).map(URI::create).toList(), null);
    }

    private static RouteTable table(Path file) {
        Map<String, RoutingProperties.CapabilityProperties> configured = Map.of("catalog",
                new RoutingProperties.CapabilityProperties(List.of("/api/catalog/**"), URI.create("http://catalog"),
                        Mode.CANARY, 10, DataOwnership.Writes.AUTO, null, null, null),
                "inventory", new RoutingProperties.CapabilityProperties(List.of("/api/inventory/**"),
                        URI.create("http://inventory"), Mode.MONOLITH, 0, DataOwnership.Writes.AUTO, null, null, null));
        return new RouteTable(configured, new RoutingStateStore(file, JSON),
                new AuditLog(file.resolveSibling("audit.jsonl"), 1 << 20, 2, JSON), CLOCK);
    }

}
