package dev.ficus.extractcheck;

import static dev.ficus.extractcheck.FicusCli.ficus;
import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.GetResponse;
import dev.ficus.testsupport.OfflineMaven;
import dev.ficus.testsupport.RunningApp;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code ficus extract} on three candidates of the sample with different shapes:
 * {@code notifications} (only listens to events, calls back into customers),
 * {@code shipping} (called by orders, publishes OrderShipped) and {@code customers}
 * (called by orders and notifications, publishes CustomerRegistered). Each generated
 * project is built with offline Maven (the reactor's own Ficus libraries in a fresh local
 * repository, third-party artifacts read from the shared one), started beside the
 * monolith, asked over HTTP, and its generated contract test is run against both; the
 * strangler gateway starts with the generated route files. Candidates are picked by name,
 * never by rank.
 * <p>
 * On {@code shipping} (called by orders, publishes OrderShipped) the journey then runs
 * with Ficus's own commands and the generated code only, in order: {@code migrate-data}
 * from the plan, shadow, canary at 50 %, SERVICE, the monolith rebuilt with the generated
 * adapters shipping through the service, and the service's OrderShipped reaching the
 * notifications service and the monolith's own listeners over RabbitMQ, once though
 * delivered twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtractedServicesIntegrationTests {

    /** The gateway's {@code Side.SERVED_BY_HEADER}: which side answered. */
    private static final String SERVED_BY = "X-Ficus-Served-By";

    /**
     * A request per candidate that its own controller answers, and the monolith the same
     * way.
     */
    private static final Map<String, String> OWN_ENDPOINT = new LinkedHashMap<>(
            Map.of("notifications", "/api/notifications?customerId=999999", "shipping", "/api/shipping?orderId=999999",
                    "customers", "/api/customers/999999"));

    private final ExtractedSample sample = new ExtractedSample(OWN_ENDPOINT);

    private final ShippingJourney journey = new ShippingJourney(sample);

    private final Map<String, RunningApp> services = sample.services;

    private final Path work = sample.work;

    private final String adminToken = ExtractedSample.ADMIN_TOKEN;

    private RunningApp monolith;

    private RunningApp gateway;

    /** The orders the monolith shipped itself, before the data moved. */
    private final List<Long> shippedByTheMonolith = new ArrayList<>();

    /** The order the monolith rebuilt with the adapters had the service ship. */
    private long shippedByTheService;

    /**
     * An order the service shipped after the first one's OrderShipped was delivered
     * again.
     */
    private long shippedLater;

    @BeforeAll
    void extractBuildAndStart() throws Exception {
        sample.extractBuildAndStart();
        monolith = sample.monolith;
        gateway = sample.gateway;
    }

    @AfterAll
    void stop() throws Exception {
        sample.close();
    }

    @Test
    @Order(1)
    void migrateDataMovesTheShipmentsTheMonolithMadeWithEqualCountsAndChecksums() throws Exception {
        for (long customer = 1; customer <= 3; customer++) {
            shippedByTheMonolith.add(journey.placeOrder(monolith, customer, customer));
        }
        for (long order : shippedByTheMonolith) {
            journey.awaitShipment(monolith, order);
        }

        String output = journey.migrateData();

        assertThat(output).containsPattern("shipping_shipment +3 +3 +(\\p{XDigit}{16}) +\\1 +match");
        for (long order : shippedByTheMonolith) {
            String path = "/api/shipping?orderId=" + order;
            assertThat(services.get("shipping").get(path).body()).as(path)
                .contains("\"orderId\":" + order)
                .isEqualTo(monolith.get(path).body());
        }
    }

    @Test
    @Order(2)
    void shadowComparesRequestsThroughTheGatewayWithNoDifference() throws Exception {
        journey.routeSet("shadow");
        int before = ShippingJourney.comparedIn(journey.shadowReport());
        List<String> reads = shippingReads();

        for (String read : reads) {
            HttpResponse<String> answer = gateway.get(read);
            assertThat(answer.headers().firstValue(SERVED_BY)).as(read).hasValue("monolith");
            assertThat(answer.body()).as(read).isEqualTo(monolith.get(read).body());
        }
        String report = journey.awaitShadowCompared(before + reads.size());

        assertThat(report).contains("\"compared\":" + (before + reads.size()), "\"differing\":0", "\"failed\":0");
    }

    @Test
    @Order(3)
    void canaryAtHalfServesUsersFromBothSidesWithTheSameAnswers() throws Exception {
        journey.routeSet("canary", "--weight", "50");

        Set<String> sides = servedBy(12);

        assertThat(sides).containsExactlyInAnyOrder("monolith", "service");
    }

    @Test
    @Order(4)
    void serviceModeServesEveryUserFromTheService() throws Exception {
        journey.routeSet("service");

        Set<String> sides = servedBy(12);

        assertThat(sides).containsExactly("service");
    }

    /*
     * Orders 20 to 23 run after the other tests: the rebuilt monolith starts meanwhile.
     */

    @Test
    @Order(20)
    void monolithRebuiltWithTheGeneratedAdaptersShipsThroughTheService() throws Exception {
        shippedByTheService = journey.placeOrder(sample.switchedMonolith(), 4, 4);

        String shipment = journey.awaitShipment(services.get("shipping"), shippedByTheService);

        assertThat(shipment).contains("\"orderId\":" + shippedByTheService, "\"trackingNumber\":\"");
        assertThat(monolith.get("/api/shipping?orderId=" + shippedByTheService).body())
            .as("the monolith's own shipping table")
            .isEqualTo("[]");
        assertThat(journey.count(sample.serviceDatabase("shipping"),
                "select count(*) from shipping_shipment where order_id = " + shippedByTheService))
            .isEqualTo(1);
    }

    @Test
    @Order(21)
    void orderShippedReachesNotificationsOverTheBrokerAndIsAppliedOnceWhenDeliveredTwice() throws Exception {
        assertThat(sample.broker.consumersOf(sample.broker.queue())).as("the queue ficus.sync.queue names")
            .isEqualTo(1);
        GetResponse relayed = sample.broker.awaitOrderShipped(shippedByTheService, Duration.ofSeconds(30));
        sample.broker.deliverAgain(relayed);
        // FIFO on one consumer: once a later event is applied, the copy was consumed
        shippedLater = journey.placeOrder(sample.switchedMonolith(), 5, 5);
        journey.await(services.get("notifications"), "/api/notifications?customerId=5",
                body -> body.contains("\"orderId\":" + shippedLater + ",\"type\":\"ORDER_SHIPPED\""));

        String notifications = services.get("notifications").get("/api/notifications?customerId=4").body();

        assertThat(Pattern.compile("\"type\":\"ORDER_SHIPPED\"").matcher(notifications).results().count())
            .as(notifications)
            .isEqualTo(1);
        assertThat(notifications).contains("\"orderId\":" + shippedByTheService,
                "\"recipient\":\"" + emailOf(4) + "\"");
        assertThat(journey.count(sample.serviceDatabase("notifications"),
                "select count(*) from notifications_inbox where event_id = '" + relayed.getProps().getMessageId()
                        + "'"))
            .isEqualTo(1);
    }

    @Test
    @Order(24)
    void theMonolithsEndpointsAnswerTheServicesCallsBackOnlyWithTheServicesNameAndToken() throws Exception {
        RunningApp switched = sample.switchedMonolith();
        String findCustomer = "/internal/customers/find-customer?customerId=4";

        HttpResponse<String> asTheService = switched.get(findCustomer, "X-Ficus-Caller", "notifications-service",
                "X-Ficus-Caller-Token", ExtractedSample.NOTIFICATIONS_TOKEN);

        assertThat(asTheService.statusCode()).as(asTheService.body()).isEqualTo(200);
        assertThat(asTheService.body()).contains("\"email\":\"" + emailOf(4) + "\"");
        assertThat(switched.get(findCustomer).statusCode()).as("no name, no token, though from loopback")
            .isEqualTo(401);
        assertThat(
                switched.get(findCustomer, "X-Ficus-Caller", "notifications-service", "X-Ficus-Caller-Token", "guessed")
                    .statusCode())
            .isEqualTo(401);
        assertThat(switched.get("/internal;x=1/customers/find-customer?customerId=4").statusCode())
            .as("another spelling of the path reaches the same guard, or nothing")
            .isIn(400, 401, 404);
        assertThat(switched.get("/api/customers/4").statusCode()).as("the monolith's own paths need no token")
            .isEqualTo(200);
    }

    @Test
    @Order(22)
    void orderShippedReachesTheMonolithsListenersOverTheBrokerOnceThoughDeliveredTwice() throws Exception {
        RunningApp switched = sample.switchedMonolith();
        assertThat(sample.broker.consumersOf(sample.broker.monolithQueue()))
            .as("the queue ficus.extracted.shipping.queue names")
            .isEqualTo(1);
        // FIFO on one consumer: the copy test 21 sent was consumed before the later
        // order's event
        journey.await(switched, "/api/notifications?customerId=5",
                body -> body.contains("\"orderId\":" + shippedLater + ",\"type\":\"ORDER_SHIPPED\""));

        String order = journey.await(switched, "/api/orders/" + shippedByTheService,
                body -> body.contains("\"status\":\"SHIPPED\""));
        String notifications = switched.get("/api/notifications?customerId=4").body();

        assertThat(order).contains("\"trackingNumber\":\"FS-TRK-%08d\"".formatted(shippedByTheService));
        assertThat(Pattern.compile("\"type\":\"ORDER_SHIPPED\"").matcher(notifications).results().count())
            .as(notifications)
            .isEqualTo(1);
        assertThat(notifications).contains("\"orderId\":" + shippedByTheService + ",\"type\":\"ORDER_SHIPPED\"");
        assertThat(journey.count(sample.monolithDatabase(), "select count(*) from shipping_service_inbox"))
            .as("one row per message id: the two orders' events")
            .isEqualTo(2);
    }

    @Test
    @Order(23)
    void shippingsOutboxEndsWithEveryEventPublishedOnce() throws Exception {
        String shipping = sample.serviceDatabase("shipping");
        String unpublished = "select count(*) from shipping_outbox where published_at is null";

        journey.awaitZero(shipping, unpublished);

        assertThat(journey.count(shipping, "select count(*) from shipping_outbox")).isEqualTo(2);
        assertThat(Files.readString(ExtractedSample.LOGS.resolve("shipping-service.log")))
            .doesNotContain("Outbox relay could not publish");
    }

    @Test
    @Order(10)
    void eachServiceAnswersWithTheCandidatesOwnController() throws Exception {
        for (Map.Entry<String, String> endpoint : OWN_ENDPOINT.entrySet()) {
            HttpResponse<String> fromService = services.get(endpoint.getKey()).get(endpoint.getValue());
            HttpResponse<String> fromMonolith = monolith.get(endpoint.getValue());

            assertThat(fromService.statusCode()).as(endpoint.getValue()).isEqualTo(fromMonolith.statusCode());
            assertThat(fromService.body()).as(endpoint.getValue()).isEqualTo(fromMonolith.body());
        }
        assertThat(services.get("notifications").get(OWN_ENDPOINT.get("notifications")).body()).isEqualTo("[]");
        assertThat(services.get("customers").get(OWN_ENDPOINT.get("customers")).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(11)
    void servicesRunTheMonolithsClassesNotCopies() throws IOException {
        for (String candidate : OWN_ENDPOINT.keySet()) {
            try (Stream<Path> sources = Files.walk(sample.service(candidate).resolve("src/main/java"))) {
                assertThat(sources.filter(file -> file.toString().endsWith(".java")))
                    .as("no class of the monolith's %s package is copied", candidate)
                    .noneMatch(file -> file.toString().contains("dev/ficus/shop/"));
            }
            assertThat(Files.readString(sample.service(candidate).resolve("pom.xml")))
                .contains("<artifactId>monolith-app</artifactId>", "<classifier>classes-");
        }
    }

    @Test
    @Order(12)
    void generatedContractTestsFindTheSameAnswersInMonolithAndService() throws Exception {
        Map<String, OfflineMaven.Run> runs = new LinkedHashMap<>();
        for (String candidate : OWN_ENDPOINT.keySet()) {
            runs.put(candidate,
                    sample.maven()
                        .start(sample.service(candidate).resolve("pom.xml"), candidate + "-contract", "surefire:test",
                                "-Dficus.monolith.url=" + monolith.url(),
                                "-Dficus.service.url=" + services.get(candidate).url()));
        }
        for (Map.Entry<String, OfflineMaven.Run> run : runs.entrySet()) {
            run.getValue().assertSucceeded();
            String report = surefireReport(run.getKey());
            assertThat(attribute(report, "tests")).as(run.getKey()).isGreaterThanOrEqualTo(2);
            assertThat(attribute(report, "failures") + attribute(report, "errors") + attribute(report, "skipped"))
                .as(run.getKey() + ": %s", report)
                .isZero();
        }
    }

    @Test
    @Order(13)
    void gatewayLoadsTheGeneratedRouteFiles() throws Exception {
        RunningApp admin = sample.gatewayAdmin();
        HttpResponse<String> routes = admin.get("/admin/routes", "Authorization", "Bearer " + adminToken);

        assertThat(routes.statusCode()).as(routes.body()).isEqualTo(200);
        assertThat(routes.body()).contains("\"notifications\"", "/api/notifications/**", "\"shipping\"",
                "/api/shipping/**", "\"customers\"", "/api/customers/**", "SHADOW");
        assertThat(Pattern.compile("\"capability\":\"([a-z0-9-]+)\"")
            .matcher(routes.body())
            .results()
            .map(m -> m.group(1)))
            .as("the route files' capabilities only: without the sample's profile the gateway declares none")
            .containsExactlyInAnyOrder("notifications", "shipping", "customers");
        HttpResponse<String> throughGateway = gateway.get(OWN_ENDPOINT.get("shipping"));
        assertThat(throughGateway.statusCode()).isEqualTo(200);
        assertThat(throughGateway.body()).isEqualTo("[]");
    }

    @Test
    @Order(14)
    void kubernetesManifestsBuildWithKustomize() throws Exception {
        for (String candidate : OWN_ENDPOINT.keySet()) {
            Path component = sample.service(candidate).resolve("k8s/" + candidate + "-service");
            Path log = ExtractedSample.LOGS.resolve("kustomize-" + candidate + ".yaml");
            Process kustomize = new ProcessBuilder("kubectl", "kustomize",
                    withGatewayRoutes(candidate, component).toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

            assertThat(kustomize.waitFor()).as(Files.readString(log)).isZero();
            assertThat(Files.readString(log)).contains("kind: Deployment", "kind: Service\n",
                    "kind: HorizontalPodAutoscaler", "kind: PodDisruptionBudget", "kind: NetworkPolicy",
                    "image: ficus/" + candidate + "-service:0.1.0-SNAPSHOT",
                    "service-url=http://" + candidate + "-service:");
        }
    }

    /**
     * A kustomization with the gateway's routes ConfigMap, which the generated component
     * merges its route into, and the component.
     */
    private Path withGatewayRoutes(String candidate, Path component) throws IOException {
        Path root = Files.createDirectories(work.resolve("kustomize/" + candidate));
        Files.writeString(root.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                configMapGenerator:
                  - name: strangler-gateway-routes
                    literals: [routes.yaml=]
                components:
                  - %s
                """.formatted(root.relativize(component)));
        return root;
    }

    /**
     * The reads the journey sends: the shipments moved out of the monolith, and one that
     * does not exist.
     */
    private List<String> shippingReads() {
        List<String> reads = new ArrayList<>();
        shippedByTheMonolith.forEach(order -> reads.add("/api/shipping?orderId=" + order));
        reads.add(OWN_ENDPOINT.get("shipping"));
        return reads;
    }

    /**
     * The sides that served one of the journey's reads to each of {@code users} users
     * (the canary is sticky per X-User-Id); every answer must be the monolith's.
     */
    private Set<String> servedBy(int users) throws Exception {
        List<String> reads = shippingReads();
        Set<String> sides = new TreeSet<>();
        for (int user = 0; user < users; user++) {
            String read = reads.get(user % reads.size());
            HttpResponse<String> answer = gateway.get(read, "X-User-Id", "user-" + user);
            assertThat(answer.body()).as(read).isEqualTo(monolith.get(read).body());
            sides.add(answer.headers().firstValue(SERVED_BY).orElseThrow());
        }
        return sides;
    }

    private String emailOf(long customerId) throws Exception {
        Matcher email = Pattern.compile("\"email\":\"([^\"]+)\"")
            .matcher(monolith.get("/api/customers/" + customerId).body());
        assertThat(email.find()).isTrue();
        return email.group(1);
    }

    private String surefireReport(String candidate) throws IOException {
        Path reports = sample.service(candidate).resolve("target/surefire-reports");
        try (Stream<Path> files = Files.list(reports)) {
            Path report = files.filter(file -> file.getFileName().toString().startsWith("TEST-"))
                .findFirst()
                .orElseThrow();
            return Files.readString(report);
        }
    }

    private static int attribute(String report, String name) {
        Matcher matcher = Pattern.compile("<testsuite[^>]*\\s" + name + "=\"(\\d+)\"").matcher(report);
        assertThat(matcher.find()).as(name + " in " + report).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

}
