package dev.ficus.analyzer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ficus.gateway.api.InstanceView;
import dev.ficus.gateway.api.Mode;
import dev.ficus.gateway.api.RouteView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@code ficus route list} prints capabilities, with one or several service
 * instances, or none.
 */
class RoutePrintingUnitTests {

    @Test
    void printsEachInstanceWithItsHealthUnderACapabilityWithSeveral() {
        RouteView inventory = new RouteView("inventory", List.of("/api/inventory/**"),
                URI.create("http://127.0.0.1:8082"), Mode.SERVICE, 100, "CLOSED", null,
                List.of(new InstanceView("http://127.0.0.1:8082", "DOWN", Instant.EPOCH, "ConnectException"),
                        new InstanceView("http://127.0.0.1:8092", "UP", Instant.EPOCH, "HTTP 200")));
        StringWriter out = new StringWriter();

        RouteCommand.printRoute(new PrintWriter(out, true), inventory);

        assertThat(out.toString().lines().toList()).containsExactly(
                "inventory      SERVICE     100%  CLOSED     http://127.0.0.1:8082        -",
                "               instance http://127.0.0.1:8082 DOWN (ConnectException)",
                "               instance http://127.0.0.1:8092 UP (HTTP 200)");
    }

    @Test
    void saysWhereRequestsGoWhenTheGatewayKnowsNoCapability() {
        StringWriter out = new StringWriter();

        RouteCommand.printRoutes(new PrintWriter(out, true), List.of());

        assertThat(out.toString().lines().toList()).containsExactly(
                "CAPABILITY     MODE      WEIGHT  CIRCUIT    SERVICE                      ROLLOUT",
                "(no capability: every request goes to the monolith; add one with 'ficus route add' or a route file, "
                        + "--ficus.gateway.routes-file)");
    }

    @Test
    void printsOneLineForACapabilityWithOneInstance() {
        RouteView catalog = new RouteView("catalog", List.of("/api/catalog/**"), URI.create("http://127.0.0.1:8081"),
                Mode.MONOLITH, 0, "CLOSED", null,
                List.of(new InstanceView("http://127.0.0.1:8081", "UNKNOWN", null, "one instance: not checked")));
        StringWriter out = new StringWriter();

        RouteCommand.printRoute(new PrintWriter(out, true), catalog);

        assertThat(out.toString().lines()).hasSize(1);
    }

}
