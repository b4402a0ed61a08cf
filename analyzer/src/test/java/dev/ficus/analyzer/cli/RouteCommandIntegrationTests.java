package dev.ficus.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ficus route} against a loopback HTTP server that answers like the gateway's
 * admin API and records what it was sent (the gateway module tests the API itself).
 */
class RouteCommandIntegrationTests {

    private static final String TOKEN = "s3cret";

    private static final String CATALOG_ROUTE = """
            {"capability":"catalog","paths":["/api/catalog/**"],"serviceUrl":"http://localhost:8081",\
            "mode":"CANARY","weight":25,"circuit":"CLOSED","rollout":null}""";

    private static final String NOTIFICATIONS_ROUTE = """
            {"capability":"notifications","paths":["/api/notifications/**","/api/notices/**"],\
            "serviceUrl":"http://127.0.0.1:8083","mode":"MONOLITH","weight":0,"circuit":"CLOSED","rollout":null}""";

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();

    private final StringWriter err = new StringWriter();

    private final List<String> received = new CopyOnWriteArrayList<>();

    private HttpServer admin;

    @BeforeEach
    void startAdminApi() throws IOException {
        admin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        admin.createContext("/admin", this::answer);
        admin.start();
    }

    @AfterEach
    void stopAdminApi() {
        admin.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String path = exchange.getRequestURI().getPath();
        received.add(exchange.getRequestMethod() + " " + path + " " + body);
        if (!("Bearer " + TOKEN).equals(authorization)) {
            respond(exchange, 401, "{\"status\":401}");
        }
        else if (path.equals("/admin/routes") && body.contains("/api/catalog/")) {
            respond(exchange, 400, "{\"status\":400,\"detail\":\"path /api/catalog/** of capability "
                    + "'notifications' overlaps path /api/catalog/** of capability 'catalog'\"}");
        }
        else if (path.equals("/admin/routes") && exchange.getRequestMethod().equals("POST")) {
            respond(exchange, 201, NOTIFICATIONS_ROUTE);
        }
        else if (path.equals("/admin/routes/notifications") && exchange.getRequestMethod().equals("DELETE")) {
            respond(exchange, 200, NOTIFICATIONS_ROUTE);
        }
        else if (path.equals("/admin/shadow/vet")) {
            respond(exchange, 200, VET_SHADOW);
        }
        else if (path.equals("/admin/shadow/proxied")) {
            respond(exchange, 200, "<html><body>Welcome to nginx!</body></html>");
        }
        else if (path.equals("/admin/shadow/future")) {
            respond(exchange, 200, "{\"compared\":\"all of them\"}");
        }
        else if (path.equals("/admin/routes/proxied")) {
            respond(exchange, 502, "<html><body>Bad Gateway</body></html>");
        }
        else if (path.equals("/admin/routes/future")) {
            respond(exchange, 409, "[\"a problem of another shape\"]");
        }
        else if (path.equals("/admin/routes")) {
            respond(exchange, 200, "[" + CATALOG_ROUTE + "]");
        }
        else if (path.equals("/admin/routes/catalog") && body.contains("\"weight\":250")) {
            respond(exchange, 400, "{\"status\":400,\"detail\":\"weight must be between 0 and 100\"}");
        }
        else if (path.equals("/admin/routes/catalog")) {
            respond(exchange, 200, CATALOG_ROUTE);
        }
        else if (path.equals("/admin/routes/catalog/rollout")) {
            respond(exchange, 202, """
                    {"capability":"catalog","plan":{"steps":[5,25,50,100],"minRequests":100,"interval":"PT1M",\
                    "slo":{"maxErrorRate":0.01,"maxP99Ratio":1.5,"p99Floor":"PT0.005S","maxDiffRate":0.01}},\
                    "status":"RUNNING","step":0,"stepStartedAt":"2026-12-02T20:00:00Z","reason":"started at weight 5",\
                    "weight":5}""");
        }
        else {
            respond(exchange, 404, "{\"status\":404,\"detail\":\"Unknown capability\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private int run(String... args) {
        CommandLine commandLine = FicusCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private String gateway() {
        return "http://127.0.0.1:" + admin.getAddress().getPort();
    }

    @Test
    void listsRoutesAsATable() {
        assertThat(run("route", "list", "--gateway", gateway(), "--token", TOKEN)).isZero();

        assertThat(out.toString().lines().toList()).hasSize(2);
        assertThat(out.toString()).contains("CAPABILITY").containsPattern("catalog\\s+CANARY\\s+25%\\s+CLOSED");
        assertThat(received).containsExactly("GET /admin/routes ");
    }

    @Test
    void setsModeAndWeightWithTheTokenFromTheTokenFile() throws IOException {
        Path tokenFile = Files.writeString(folder.resolve("admin-token"), TOKEN + "\n");

        int exit = run("route", "set", "catalog", "--mode", "canary", "--weight", "25", "--gateway", gateway(),
                "--token-file", tokenFile.toString());

        assertThat(exit).isZero();
        assertThat(received).containsExactly(
                "PUT /admin/routes/catalog {\"mode\":\"CANARY\",\"weight\":25,\"reason\":\"ficus route set\"}");
    }

    @Test
    void addsACapabilityWithItsPathsAndService() {
        int exit = run("route", "add", "notifications", "--paths", "/api/notifications/**,/api/notices/**",
                "--service-url", "http://127.0.0.1:8083", "--gateway", gateway(), "--token", TOKEN);

        assertThat(exit).isZero();
        assertThat(received).containsExactly("POST /admin/routes {\"name\":\"notifications\",\"paths\":"
                + "[\"/api/notifications/**\",\"/api/notices/**\"],\"serviceUrl\":\"http://127.0.0.1:8083\"}");
        assertThat(out.toString())
            .containsPattern("notifications\\s+MONOLITH\\s+0%\\s+CLOSED\\s+http://127.0.0.1:8083");
    }

    @Test
    void reportsAnOverlappingCapabilityInOneLine() {
        int exit = run("route", "add", "notifications", "--paths", "/api/catalog/**", "--service-url",
                "http://127.0.0.1:8083", "--gateway", gateway(), "--token", TOKEN);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("ficus route add: POST /admin/routes was refused (400): path "
                + "/api/catalog/** of capability 'notifications' overlaps path /api/catalog/** of capability 'catalog'"
                + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    private static final String VET_SHADOW = """
            {"compared":140,"differing":30,"failed":1,"dropped":0,"noise":["$.requestId"],"samples":[\
            {"time":"2026-12-03T16:06:04Z","method":"GET","path":"/vets.html","monolithStatus":200,\
            "serviceStatus":200,"fields":[{"path":"$body (line 9)","monolith":"<title>PetClinic","service":\
            "<title>??layoutTitle_en??"}]}]}""";

    @Test
    void showsTheShadowComparisonWithItsLatestDifferences() {
        int exit = run("route", "shadow", "vet", "--gateway", gateway(), "--token", TOKEN);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(received).containsExactly("GET /admin/shadow/vet ");
        assertThat(out.toString().lines()).containsExactly("vet: 140 compared, 30 differ (21.4 %), 1 failed, 0 dropped",
                "2026-12-03T16:06:04Z GET /vets.html: monolith 200, service 200",
                "    $body (line 9): monolith <title>PetClinic, service <title>??layoutTitle_en??");
    }

    @Test
    void startsTheShadowComparisonAfreshSayingWhatItCleared() {
        int exit = run("route", "shadow", "vet", "--reset", "--gateway", gateway(), "--token", TOKEN);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(received).containsExactly("DELETE /admin/shadow/vet ");
        assertThat(out.toString())
            .isEqualTo("vet: shadow comparison started afresh (before: 30 of 140 compared differed, 1 failed)"
                    + System.lineSeparator());
    }

    @Test
    void removesACapability() {
        int exit = run("route", "remove", "notifications", "--gateway", gateway(), "--token", TOKEN);

        assertThat(exit).isZero();
        assertThat(received).containsExactly("DELETE /admin/routes/notifications ");
        assertThat(out.toString()).isEqualTo(
                "removed notifications (/api/notifications/**,/api/notices/**, was MONOLITH)" + System.lineSeparator());
    }

    @Test
    void startsARolloutWithTheGivenSteps() {
        int exit = run("route", "rollout", "catalog", "--steps", "5,25,50,100", "--max-error-rate", "0.01", "--gateway",
                gateway(), "--token", TOKEN);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(received)
            .containsExactly("POST /admin/routes/catalog/rollout {\"steps\":[5,25,50,100],\"maxErrorRate\":0.01}");
        assertThat(out.toString()).contains("catalog rollout RUNNING at step 1 of [5,25,50,100]: started at weight 5");
    }

    @Test
    void reportsARefusedChangeInOneLine() {
        int exit = run("route", "set", "catalog", "--mode", "canary", "--weight", "250", "--gateway", gateway(),
                "--token", TOKEN);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("ficus route set: PUT /admin/routes/catalog was refused (400): "
                + "weight must be between 0 and 100" + System.lineSeparator());
    }

    @Test
    void reportsAnAnswerThatIsNotJsonInOneLine() {
        assertThat(run("route", "shadow", "proxied", "--gateway", gateway(), "--token", TOKEN)).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("ficus route shadow: the gateway answered something that is not JSON: "
                + "<html><body>Welcome to nginx!</body></html>" + System.lineSeparator());
    }

    @Test
    void reportsARefusalThatIsNotJsonInOneLine() {
        assertThat(run("route", "remove", "proxied", "--gateway", gateway(), "--token", TOKEN)).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("ficus route remove: the gateway answered something that is not JSON: "
                + "<html><body>Bad Gateway</body></html>" + System.lineSeparator());
    }

    @Test
    void reportsAnAnswerOfAnotherVersionInOneLine() {
        assertThat(run("route", "shadow", "future", "--gateway", gateway(), "--token", TOKEN)).isEqualTo(2);
        assertThat(err.toString())
            .startsWith("ficus route shadow: the gateway answered something this version of "
                    + "ficus does not understand (a gateway of another version?): ")
            .contains("all of them")
            .hasLineCount(1);
    }

    @Test
    void reportsARefusalWithoutAProblemDetailByItsStatus() {
        assertThat(run("route", "remove", "future", "--gateway", gateway(), "--token", TOKEN)).isEqualTo(2);
        assertThat(err.toString())
            .isEqualTo("ficus route remove: DELETE /admin/routes/future was refused (409)" + System.lineSeparator());
    }

    @Test
    void refusesAnUnknownModeBeforeCallingTheGateway() {
        int exit = run("route", "set", "catalog", "--mode", "halfway", "--gateway", gateway(), "--token", TOKEN);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines().findFirst().orElseThrow()).contains("--mode")
            .contains("mode must be one of MONOLITH, SHADOW, CANARY, SERVICE, was 'halfway'");
        assertThat(received).isEmpty();
    }

    @Test
    void reportsAWrongTokenInOneLine() {
        assertThat(run("route", "list", "--gateway", gateway(), "--token", "wrong")).isEqualTo(2);
        assertThat(err.toString()).startsWith("ficus route list: the gateway refused the admin token (401)")
            .hasLineCount(1);
    }

    @Test
    void reportsAGatewayThatDoesNotAnswer() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        int exit = run("route", "list", "--gateway", "http://127.0.0.1:" + closedPort, "--token", TOKEN);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
            .startsWith("ficus route list: no gateway admin API answers at http://127.0.0.1:" + closedPort)
            .hasLineCount(1);
    }

    @Test
    void findsTheAdminApiAtTheAddressTheGatewayWroteNextToTheTokenFile() throws IOException {
        Path tokenFile = Files.writeString(folder.resolve("admin-token"), TOKEN + "\n");
        Files.writeString(folder.resolve("admin-url"), gateway() + "\n");

        int exit = run("route", "list", "--token-file", tokenFile.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(received).containsExactly("GET /admin/routes ");
    }

    @Test
    void refusesToRunWithoutAToken() {
        int exit = run("route", "list", "--gateway", gateway(), "--token-file", folder.resolve("none").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("ficus route list: no admin token").hasLineCount(1);
        assertThat(received).isEmpty();
    }

    @Test
    void refusesACapabilityNameTheGatewayCannotHaveBeforeCallingIt() {
        for (String name : List.of("cat alog", "a?mode=SERVICE", "../../actuator", "a%2Fb", "Catalog")) {
            err.getBuffer().setLength(0);

            int exit = run("route", "set", name, "--mode", "shadow", "--gateway", gateway(), "--token", TOKEN);

            assertThat(exit).as(name).isEqualTo(2);
            assertThat(err.toString()).as(name)
                .startsWith("ficus route set: Invalid value for positional parameter at index 0 (CAPABILITY): "
                        + "a capability is named by 1-63 lower-case letters, digits or '-', was '" + name + "'")
                .hasLineCount(1);
        }
        assertThat(run("route", "remove", "a b", "--gateway", gateway(), "--token", TOKEN)).isEqualTo(2);
        assertThat(received).isEmpty();
    }

    @Test
    void refusesAnAdminUrlThatIsNotHttpInOneLine() {
        for (String url : List.of("ftp://127.0.0.1:8001", "localhost", "mailto:ops@example.com")) {
            err.getBuffer().setLength(0);

            int exit = run("route", "list", "--gateway", url, "--token", TOKEN);

            assertThat(exit).as(url).isEqualTo(2);
            assertThat(err.toString()).as(url)
                .isEqualTo("ficus route list: the gateway's admin URL must be http(s)://HOST:PORT, e.g. "
                        + "http://127.0.0.1:8001, was '" + url + "'\n");
        }
    }

    @Test
    void refusesATokenWithALineBreakInOneLine() {
        int exit = run("route", "list", "--gateway", gateway(), "--token", "s3c\nret");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
            .isEqualTo("ficus route list: the admin token holds a line break or another control character\n");
        assertThat(received).isEmpty();
    }

}
