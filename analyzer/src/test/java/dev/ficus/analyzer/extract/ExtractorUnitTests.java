package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ficus.analyzer.source.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ficus extract} on the committed plan of the shop fixture
 * ({@code fixtures/plan/shop}), its sources read where the plan says they are.
 */
class ExtractorUnitTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Path SHOP = ShopPlan.SHOP;

    @TempDir
    Path folder;

    private Path plan;

    @BeforeEach
    void planPointingAtTheFixture() {
        plan = ShopPlan.pointingAt(SHOP, folder.resolve("ficus-out"));
    }

    /** Rewrites the plan with these lists of every candidate's boundary empty. */
    private void emptyInEveryCandidatesBoundary(String... lists) {
        ObjectNode document = (ObjectNode) JSON.readTree(plan.toFile());
        for (JsonNode candidate : document.path("candidates")) {
            for (String list : lists) {
                ((ObjectNode) candidate.path("boundary")).putArray(list);
            }
        }
        JSON.writeValue(plan.toFile(), document);
    }

    private ExtractResult extract(String candidate, Path out, boolean force) {
        return Extractor.extract(new ExtractRequest(plan, candidate, out, Optional.empty(), force));
    }

    @Test
    void writesAnApplicationScanningOnlyTheCandidatesPackage() throws IOException {
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        assertThat(
                Files.readString(out.resolve("src/main/java/dev/ficus/catalogservice/CatalogServiceApplication.java")))
            .contains(
                    "@SpringBootApplication(scanBasePackages = { \"dev.ficus.catalogservice\", \"com.example.shop.catalog\" })")
            .contains("@AutoConfigurationPackage(basePackages = { \"com.example.shop.catalog\" })");
        assertThat(out.resolve("src/main/java/com/example")).doesNotExist();
    }

    @Test
    void servesTheOperationsTheRestCallsWithTheModulesOwnBean() throws IOException {
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        String endpoints = Files
            .readString(out.resolve("src/main/java/dev/ficus/catalogservice/api/CatalogManagementEndpoints.java"));
        assertThat(endpoints).contains("import com.example.shop.catalog.CatalogManagement;")
            .contains("@GetMapping(\"/internal/catalog/price-of\")")
            .contains(
                    "Money priceOf(@RequestParam(\"productId\") long productId, @RequestParam(\"quantity\") int quantity)"
                            + " throws Exception {")
            .contains("return catalogManagement.priceOf(productId, quantity);")
            .contains("@PostMapping(\"/internal/catalog/record-view\")")
            .contains("catalogManagement.recordView(request.productId());")
            .contains("record RecordViewRequest(long productId)");
    }

    @Test
    void dependsOnTheMonolithArtifactWhenNoJarIsGiven() throws IOException {
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        String pom = Files.readString(out.resolve("pom.xml"));
        assertThat(pom).contains("<artifactId>shop</artifactId>")
            .contains("<artifactId>event-sync</artifactId><version>${ficus.version}</version>")
            .contains("<artifactId>resilience4j-circuitbreaker</artifactId><version>${resilience4j.version}</version>")
            .contains("<groupId>org.apache.httpcomponents.client5</groupId><artifactId>httpclient5</artifactId>")
            .doesNotContain("<classifier>")
            .doesNotContain("<repositories>");
        assertThat(out.resolve("lib")).doesNotExist();
    }

    @Test
    void writesARouteFileWithTheKeysTheGatewayReads() throws IOException {
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        assertThat(Files.readAllLines(out.resolve("routes/catalog.properties"))).contains(
                "ficus.gateway.routes.catalog.paths=/api/catalog/**",
                "ficus.gateway.routes.catalog.service-url=http://localhost:8101",
                "ficus.gateway.routes.catalog.mode=SHADOW");
    }

    @Test
    void readmeNamesCommandsThatExistForAnyCapability() throws IOException {
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        String readme = Files.readString(out.resolve("README.md"));
        assertThat(readme).containsSubsequence(
                "./mvnw -B -q install -DskipTests -pl extracted-services/event-sync,extracted-services/problem-details,"
                        + "extracted-services/caller-trust,extracted-services/live-settings -am",
                "./mvnw -f " + out + "/pom.xml package",
                "./ficus migrate-data --plan " + plan
                        + " --capability catalog --from MONOLITH_JDBC_URL --to 'jdbc:h2:file:"
                        + folder.resolve("catalog-service") + "/data/catalog;AUTO_SERVER=TRUE' --to-user sa",
                "./ficus route add catalog --paths '/api/catalog/**' --service-url http://localhost:8101",
                "./ficus route set catalog --mode shadow", "./ficus route rollout catalog --steps 5,25,50,100");
    }

    @Test
    void readmeNamesTheTablesOfTheSchemaOrSaysThereAreNone() throws IOException {
        Path catalog = folder.resolve("catalog-service");
        Path notifications = folder.resolve("notifications-service");

        extract("catalog", catalog, false);
        extract("notifications", notifications, false);

        assertThat(Files.readString(catalog.resolve("README.md"))).contains(
                "- `src/main/resources/db/catalog`: the schema of `product_category`, `products` (the monolith's");
        assertThat(Files.readString(notifications.resolve("README.md"))).contains(
                "- `src/main/resources/db/notifications`: no table of the monolith's (the plan gives the candidate"
                        + " none), only event-sync's outbox and inbox.");
    }

    @Test
    void readmeCommandsRunFromTheFicusCheckoutWhereverExtractRan() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        Path out = folder.resolve("catalog-service");
        Path checkout = folder.resolve("ficus checkout");

        Extractor.extract(new ExtractRequest(here.relativize(plan), "catalog", here.relativize(out), Optional.empty(),
                false, Optional.of(here.relativize(checkout))));

        assertThat(Files.readString(out.resolve("README.md"))).containsSubsequence(
                "Run these from the Ficus checkout, `cd '" + checkout + "'`", "./mvnw -f " + out + "/pom.xml package",
                "./ficus migrate-data --plan " + plan + " --capability");
    }

    @Test
    void letsOfflineMavenReadTheProjectsLibFolder() throws IOException {
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        assertThat(Files.readString(out.resolve(".mvn/maven.config"))).isEqualTo("-Daether.offline.protocols=file\n");
    }

    @Test
    void writesTheReadmeOfTheMonolithAdaptersTheServiceReadmePointsTo() throws IOException {
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        assertThat(Files.readString(out.resolve("README.md"))).contains("copy `monolith-adapters/` into the monolith");
        assertThat(Files.readString(out.resolve("monolith-adapters/README.md")))
            .contains("- `src/main/java/com/example/shop/catalog/internal/remote/CatalogServiceCalls.java`")
            .contains("`org.apache.httpcomponents.client5:httpclient5`")
            .contains("The monolith keeps calling its own `CatalogManagement` bean until `ficus.extracted.catalog.url`"
                    + " is set")
            .doesNotContain("in-process:");
    }

    @Test
    void readmeSaysNoAdapterGoesIntoTheMonolithWhenNothingThereCallsTheCandidate() throws IOException {
        emptyInEveryCandidatesBoundary("incomingCalls", "eventCandidates", "remoteApi");
        Path out = folder.resolve("orders-service");

        extract("orders", out, false);

        assertThat(out.resolve("monolith-adapters")).doesNotExist();
        assertThat(Files.readString(out.resolve("README.md")))
            .contains("7. Nothing else in the monolith calls the orders classes (the plan lists no incoming calls)")
            .doesNotContain("copy `monolith-adapters/`");
    }

    @Test
    void allowsTheGatewayAndTheMonolithThatCallsItAndNamesTheServiceOnItsCallsBack() throws IOException {
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        assertThat(Files.readString(out.resolve("src/main/resources/application.properties")))
            .contains("ficus.trust.caller=catalog-service\n")
            .contains("ficus.trust.mtls.callers=strangler-gateway,monolith-app\n")
            .doesNotContain("\nficus.trust.enabled");
        assertThat(Files.readString(out.resolve("README.md"))).contains("## Which process may call it")
            .contains("--ficus.trust.callers.strangler-gateway=\"$STRANGLER_GATEWAY_TOKEN\"")
            .contains("--ficus.trust.callers.monolith-app=\"$MONOLITH_APP_TOKEN\"");
    }

    @Test
    void dependsOnCallerTrustSoTheAllowListCanBeSwitchedOnWhateverTheMonolithUses() throws IOException {
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        assertThat(Files.readString(out.resolve("pom.xml"))).contains(
                "<dependency><groupId>dev.ficus</groupId><artifactId>caller-trust</artifactId><version>${ficus.version}</version></dependency>");
    }

    @Test
    void allowsOnlyTheGatewayWhenNothingInTheMonolithCallsTheCandidate() throws IOException {
        emptyInEveryCandidatesBoundary("remoteApi");
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        assertThat(Files.readString(out.resolve("src/main/resources/application.properties")))
            .contains("ficus.trust.mtls.callers=strangler-gateway\n");
    }

    @Test
    void readmeStartsTheGatewayWithTheRouteFileAndShowsTheShadowComparison() throws IOException {
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        assertThat(Files.readString(out.resolve("README.md"))).containsSubsequence(
                "./mvnw -B -q -pl strangler-gateway -am package -DskipTests",
                "java -jar strangler-gateway/target/strangler-gateway-0.1.0-SNAPSHOT.jar"
                        + " --ficus.gateway.monolith-url=http://localhost:8080 --ficus.gateway.routes-file=" + out
                        + "/routes/catalog.properties",
                "./ficus route shadow catalog", "./ficus route shadow catalog --reset");
    }

    @Test
    void readmeTellsHowTheServiceItsRouteAndItsDevSecretJoinTheKubernetesManifests() throws IOException {
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        assertThat(Files.readString(out.resolve("README.md"))).containsSubsequence("## Run it on Kubernetes",
                "cp -r " + out + "/k8s/catalog-service deploy/k8s/base/",
                "`  - catalog-service` first under `components:` in `deploy/k8s/base/kustomization.yaml`",
                "`  - ../../base/catalog-service/dev` under `components:` in",
                "`deploy/k8s/overlays/dev/kustomization.yaml`",
                "`  - ../../base/catalog-service/istio` under `components:` in",
                "com.google.cloud.tools:jib-maven-plugin:dockerBuild",
                "kind load docker-image ficus/catalog-service:0.1.0-SNAPSHOT");
    }

    @Test
    void writesTheRouteForKubernetesWithTheServiceNameAndTheLocalOneWithLocalhost() throws IOException {
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        assertThat(Files.readString(out.resolve("k8s/catalog-service/catalog.properties")))
            .contains("ficus.gateway.routes.catalog.service-url=http://catalog-service:8101\n",
                    "ficus.gateway.routes.catalog.mode=SHADOW")
            .doesNotContain("localhost");
        assertThat(Files.readString(out.resolve("routes/catalog.properties")))
            .contains("ficus.gateway.routes.catalog.service-url=http://localhost:8101\n");
        assertThat(Files.readString(out.resolve("k8s/catalog-service/dev/db.env")))
            .contains("url=jdbc:postgresql://postgresql:5432/ficus?currentSchema=catalog_service\n");
        assertThat(Files.readString(out.resolve("k8s/catalog-service/dev/kustomization.yaml")))
            .contains("kind: Component\n", "  - name: catalog-service-db\n    envs: [db.env]\n");
    }

    @Test
    void namesInThePomTheImageTheDeploymentRuns() throws IOException {
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        assertThat(Files.readString(out.resolve("pom.xml"))).containsSubsequence("<pluginManagement>",
                "<artifactId>jib-maven-plugin</artifactId>",
                "<image>ficus/${project.artifactId}:${project.version}</image>", "<user>1000:1000</user>",
                "</pluginManagement>");
        assertThat(Files.readString(out.resolve("k8s/catalog-service/deployment.yaml")))
            .contains("image: ficus/catalog-service:0.1.0-SNAPSHOT\n", "value: catalog_service\n");
    }

    @Test
    void readmeTellsThatTheRolloutNeedsRequestsFromDifferentUsers() throws IOException {
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        assertThat(Files.readString(out.resolve("README.md"))).containsSubsequence(
                "sticky per user (header `X-User-Id`", "send them with different `X-User-Id` values",
                "./ficus route rollout catalog --steps 5,25,50,100");
    }

    @Test
    void standsASubclassCallingTheMonolithInForAClassItCallsBack() throws IOException {
        Path out = folder.resolve("orders-service");

        ExtractResult result = extract("orders", out, false);

        assertThat(result.needsYou()).noneSatisfy(line -> assertThat(line).startsWith("calls `CatalogManagement`"));
        assertThat(out.resolve("src/main/java/dev/ficus/ordersservice/remote/RemoteCatalogManagement.java")).content()
            .contains("class RemoteCatalogManagement extends CatalogManagement {", "        super();\n");
    }

    @Test
    void guardsTheEndpointsTheServiceCallsBackOnWithOneCheckInEachOfTheirPackages() throws IOException {
        Path out = folder.resolve("orders-service");

        extract("orders", out, false);

        Path adapters = out.resolve("monolith-adapters/src/main/java");
        try (Stream<Path> files = Files.walk(adapters)) {
            var endpointPackages = files.filter(file -> file.getFileName().toString().endsWith("Endpoints.java"))
                .map(Path::getParent)
                .distinct()
                .toList();
            assertThat(endpointPackages).isNotEmpty().allSatisfy(endpoints -> {
                String packageName = adapters.relativize(endpoints).toString().replace('/', '.');
                assertThat(endpoints.resolve("InternalCallers.java")).content()
                    .startsWith("package " + packageName + ";\n")
                    .contains("@Component(\"" + packageName + ".InternalCallers\")",
                            ".bind(\"ficus.trust.callers\", Bindable.mapOf(String.class, String.class))",
                            "MessageDigest", "isEqual(", "HttpStatus.FORBIDDEN", "HttpStatus.UNAUTHORIZED");
                try (Stream<Path> classes = Files.list(endpoints)) {
                    assertThat(classes.filter(file -> file.toString().endsWith("Endpoints.java")))
                        .allSatisfy(file -> assertThat(file).content()
                            .containsPattern(
                                    "this\\.ficusInternalCallers\\.check\\(caller, token, (\"[a-z-]+\", )*\"orders-service\""));
                }
                catch (IOException failure) {
                    throw new java.io.UncheckedIOException(failure);
                }
            });
        }
        assertThat(Files.readString(out.resolve("monolith-adapters/README.md"))).contains(
                "`--ficus.trust.callers.orders-service=TOKEN` and the service with", "`--ficus.trust.token=TOKEN`");
        assertThat(Files.readString(out.resolve("README.md"))).contains(
                "add `--ficus.trust.callers.orders-service=\"$ORDERS_SERVICE_TOKEN\"` when you start the monolith");
    }

    @Test
    void writesTheSameEndpointsForATypeWhicheverCandidateCallingItBackIsExtracted() throws IOException {
        // notifications calls CatalogManagement.findProduct back too, as orders does
        ObjectNode document = (ObjectNode) JSON.readTree(plan.toFile());
        for (JsonNode candidate : document.path("candidates")) {
            if (candidate.path("name").asString().equals("notifications")) {
                ((tools.jackson.databind.node.ArrayNode) candidate.path("boundary").path("outgoingCalls")).addObject()
                    .put("caller", "com.example.shop.notifications.Notifications")
                    .put("callerOwner", "notifications")
                    .put("callee", "com.example.shop.catalog.CatalogManagement")
                    .put("calleeOwner", "catalog")
                    .put("method", "findProduct")
                    .put("arguments", 1)
                    .put("location", "src/main/java/com/example/shop/notifications/Notifications.java:14")
                    .put("resultUsed", true)
                    .put("transactionalMethod", "")
                    .putArray("handled");
            }
        }
        JSON.writeValue(plan.toFile(), document);
        Path orders = folder.resolve("orders-service");
        Path notifications = folder.resolve("notifications-service");

        extract("orders", orders, false);
        extract("notifications", notifications, false);

        Path adapters = Path.of("monolith-adapters/src/main/java");
        try (Stream<Path> files = Files.walk(orders.resolve(adapters))) {
            var shared = files.filter(file -> file.getFileName().toString().endsWith("Endpoints.java"))
                .map(file -> orders.resolve(adapters).relativize(file))
                .filter(file -> Files.exists(notifications.resolve(adapters).resolve(file)))
                .toList();
            assertThat(shared).as("a type both call back").isNotEmpty().allSatisfy(file -> {
                assertThat(orders.resolve(adapters).resolve(file)).content()
                    .contains("\"notifications-service\", \"orders-service\"");
                assertThat(orders.resolve(adapters).resolve(file)).as("the same file, whichever was extracted")
                    .hasSameTextualContentAs(notifications.resolve(adapters).resolve(file));
            });
        }
    }

    @Test
    void callsEitherWayCarryTheCallersNameAndTokenOnceItHasOne() throws IOException {
        Path orders = folder.resolve("orders-service");
        Path catalog = folder.resolve("catalog-service");

        extract("orders", orders, false);
        extract("catalog", catalog, false);

        assertThat(orders.resolve("src/main/java/dev/ficus/ordersservice/remote/MonolithCalls.java")).content()
            .contains("public static ClientHttpRequestInterceptor identity(String caller, String token) {",
                    "if (!caller.isBlank() && !token.isBlank()) {",
                    "request.getHeaders().set(\"X-Ficus-Caller\", caller);",
                    "request.getHeaders().set(\"X-Ficus-Caller-Token\", token);");
        assertThat(orders.resolve("src/main/java/dev/ficus/ordersservice/remote/MonolithConfiguration.java")).content()
            .contains(
                    "@Value(\"${ficus.trust.caller:}\") String caller, @Value(\"${ficus.trust.token:}\") String token",
                    "MonolithCalls.identity(caller, token)");
        Path adapters = catalog.resolve("monolith-adapters/src/main/java/com/example/shop/catalog/internal/remote");
        assertThat(adapters.resolve("CatalogServiceCallsConfiguration.java")).content()
            .contains("@ConditionalOnProperty(\"ficus.extracted.catalog.url\")",
                    "CatalogServiceCalls catalogServiceCalls(@Value(\"${ficus.extracted.catalog.url}\") String url,",
                    "@Value(\"${ficus.trust.caller:monolith-app}\") String caller",
                    "return new CatalogServiceCalls(url, \"catalog\", CatalogServiceCalls.identity(caller, token));");
        assertThat(adapters.resolve("RemoteCatalogManagementConfiguration.java")).as("every client shares those calls")
            .content()
            .contains("remoteCatalogManagement(CatalogServiceCalls calls) {",
                    "return new RemoteCatalogManagement(calls);")
            .doesNotContain("new CatalogServiceCalls(");
        assertThat(catalog.resolve("monolith-adapters/README.md")).content()
            .contains("`--ficus.trust.token=TOKEN`, the token the service has for `monolith-app`");
    }

    @Test
    void saysTheRouteMovesNothingForACandidateNoHttpRequestReaches() throws IOException {
        ExtractResult notifications = extract("notifications", folder.resolve("notifications-service"), false);
        ExtractResult orders = extract("orders", folder.resolve("orders-service"), false);

        assertThat(notifications.needsYou()).contains("no HTTP request reaches notifications (the plan lists no"
                + " endpoint), so its route in `routes/notifications.properties` moves nothing and shadow and rollout"
                + " have nothing to compare: once the service does its work, stop the monolith's own listeners and"
                + " schedules for it, or both will do it.");
        assertThat(orders.needsYou()).noneMatch(line -> line.startsWith("no HTTP request"));
    }

    @Test
    void generatesTheSchemaFromTheEntitiesWhenTheMonolithHasNoScriptForIt() throws IOException {
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        assertThat(
                Files.readString(out.resolve("src/main/resources/db/catalog/V0_1__catalog_tables_from_entities.sql")))
            .contains("create table product_category (", "create table products (");
    }

    @Test
    void runsItsOwnH2DatabaseInH2sOwnModeForSchemaScriptsThatAreNotMySqls() throws IOException {
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        assertThat(Files.readString(out.resolve("src/main/resources/application.properties"))).contains(
                "\nspring.datasource.url=jdbc:h2:file:${ficus.data-dir}/catalog;AUTO_SERVER=TRUE;WRITE_DELAY=0\n");
    }

    @Test
    void writesAKustomizeComponentInTheStyleOfDeployWithItsRouteAndMeshPolicy() throws IOException {
        Path out = folder.resolve("catalog-service");

        extract("catalog", out, false);

        Path base = out.resolve("k8s/catalog-service");
        assertThat(Files.readString(base.resolve("kustomization.yaml"))).contains("kind: Component\n",
                "  - deployment.yaml\n", "  - networkpolicy.yaml\n",
                "  - name: strangler-gateway-routes\n    behavior: merge\n    files:\n      - catalog.properties\n");
        assertThat(Files.readString(base.resolve("istio/allow-to-monolith-app.yaml"))).contains(
                "  name: allow-from-catalog-service\n", "      app.kubernetes.io/name: monolith-app\n",
                "principals: [\"*/sa/catalog-service\"]");
        assertThat(Files.readString(base.resolve("deployment.yaml"))).contains("  name: catalog-service\n",
                "ficus.dev/role: extracted-service", "image: ficus/catalog-service:0.1.0-SNAPSHOT",
                "containerPort: 8101", "name: catalog-service-db");
    }

    @Test
    void refusesAnUnknownCandidateNamingTheKnownOnes() {
        assertThatThrownBy(() -> extract("catalgo", folder.resolve("x"), false))
            .isInstanceOf(InvalidInputException.class)
            .hasMessage("unknown candidate 'catalgo' in " + plan
                    + ", did you mean 'catalog'? (candidates: catalog, notifications, orders)");
        assertThat(folder.resolve("x")).doesNotExist();
    }

    @Test
    void refusesAMonolithWithoutAPomWhenNoJarHoldsItsClasses() throws IOException {
        Path gradle = gradleCopyOfTheFixture();

        assertThatThrownBy(() -> extract("catalog", folder.resolve("x"), false))
            .isInstanceOf(InvalidInputException.class)
            .hasMessage("the monolith at " + gradle + " has no pom.xml (a Gradle build), so no Maven artifact holds"
                    + " its classes: build it and give its jar with --monolith-jar JAR");
        assertThat(folder.resolve("x")).doesNotExist();
    }

    @Test
    void saysTheLibrariesAreTheUsersToAddForAMonolithWithoutAPom() throws IOException {
        gradleCopyOfTheFixture();
        Path jar = folder.resolve("shop.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("dev/ficus/shop/catalog/Catalog.class"));
            zip.closeEntry();
        }

        ExtractResult result = Extractor
            .extract(new ExtractRequest(plan, "catalog", folder.resolve("x"), Optional.of(jar), false));

        assertThat(result.needsYou()).contains("the monolith has no `pom.xml` (a Gradle build), so this `pom.xml`"
                + " declares none of its libraries: add those the candidate's classes use, or the service fails at"
                + " the first class it cannot load.");
    }

    @Test
    void refusesAMonolithOnSpringBootTwoWhoseClassesCannotLoadInTheService() throws IOException {
        copyOfTheFixture("pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
                    <version>2.7.18</version></parent>
                  <groupId>local.monolith</groupId><artifactId>shop</artifactId><version>0</version>
                </project>
                """);

        assertThatThrownBy(() -> extract("catalog", folder.resolve("x"), false))
            .isInstanceOf(InvalidInputException.class)
            .hasMessage("the monolith is built on Spring Boot 2.7.18, whose classes use Java EE's javax.* packages;"
                    + " the service ficus extract makes runs on Spring Boot 3.5.7 or 4.0.7 (Jakarta EE's jakarta.*), where they cannot load: move the monolith to Spring Boot 3 first"
                    + " (OpenRewrite's recipe org.openrewrite.java.spring.boot3.UpgradeSpringBoot_3_5 does most of"
                    + " it), then analyze, plan and extract again");
        assertThat(folder.resolve("x")).doesNotExist();
    }

    @Test
    void refusesAMonolithJarPackedWithSpringBootTwoWhateverItsBuild() throws IOException {
        gradleCopyOfTheFixture();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Spring-Boot-Version", "2.7.5");
        Path jar = folder.resolve("shop.jar");
        try (JarOutputStream zip = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            zip.putNextEntry(new ZipEntry("BOOT-INF/classes/dev/ficus/shop/catalog/Catalog.class"));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> Extractor
            .extract(new ExtractRequest(plan, "catalog", folder.resolve("x"), Optional.of(jar), false)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageStartingWith("the monolith is built on Spring Boot 2.7.5, whose classes use Java EE's javax.*");
        assertThat(folder.resolve("x")).doesNotExist();
    }

    private Path gradleCopyOfTheFixture() throws IOException {
        return copyOfTheFixture("build.gradle", "plugins { id 'java' }\n");
    }

    private Path copyOfTheFixture(String buildFile, String build) throws IOException {
        return ShopPlan.copyWithBuild(folder, buildFile, build);
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndLeavesItAlone() throws IOException {
        Path out = Files.createDirectories(folder.resolve("taken"));
        Files.writeString(out.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> extract("catalog", out, false)).isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("exists and is not empty (--force replaces it)");
        assertThat(out).isDirectoryContaining(path -> path.getFileName().toString().equals("notes.txt"));
        assertThat(out.resolve("pom.xml")).doesNotExist();
    }

    @Test
    void replacesAFolderWhenForcedAndLeavesNoStagingBehind() throws IOException {
        Path out = Files.createDirectories(folder.resolve("taken"));
        Files.writeString(out.resolve("notes.txt"), "mine");

        extract("catalog", out, true);

        assertThat(out.resolve("pom.xml")).isRegularFile();
        assertThat(out.resolve("notes.txt")).doesNotExist();
        try (var siblings = Files.list(folder)) {
            assertThat(siblings.map(path -> path.getFileName().toString()))
                .noneMatch(name -> name.startsWith(".ficus-extract"));
        }
    }

}
