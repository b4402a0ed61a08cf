package dev.ficus.deploycheck;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.ficus.analyzer.cli.FicusCommand;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests {@code ficus extract} writes for a new service keep every rule
 * deploy/k8s keeps: extracted from the sample's real plan, checked on their own (with the
 * shared pod settings and namespace policies they rely on) and joined into a copy of
 * deploy/k8s exactly as the generated README says, then built as the {@code dev} and
 * {@code production-mesh} overlays. Two candidates of different shapes: {@code shipping}
 * (called by orders, publishes OrderShipped) and {@code customers} (called by orders and
 * notifications).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractedServicesIntegrationTests {

    private static final List<String> CANDIDATES = List.of("shipping", "customers");

    /**
     * Under target, not a temporary folder: what was generated stays to read after a
     * failure.
     */
    private final Path work = Path.of("target/extracted-services").toAbsolutePath();

    @BeforeAll
    void extract() throws IOException {
        Kustomize.assumeAvailable();
        deleteTree(work);
        Path out = work.resolve("ficus-out");
        Path monolith = DeployTree.root().resolve("monolith-app");
        ficus("analyze", monolith.toString(), "--out", out.toString(), "--quiet");
        ficus("plan", monolith.toString(), "--analysis", out.resolve("analysis.json").toString(), "--out",
                out.toString());
        for (String candidate : CANDIDATES) {
            ficus("extract", candidate, "--plan", out.resolve("plan.json").toString(), "--out",
                    project(candidate).toString());
        }
    }

    static List<String> candidates() {
        return CANDIDATES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("candidates")
    void eachKeepsEveryRuleOnItsOwn(String candidate) throws IOException {
        Path alone = Files.createDirectories(work.resolve("alone/" + candidate));
        Path routes = Files.createDirectories(alone.resolve("gateway-routes"));
        Files.writeString(routes.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                configMapGenerator:
                  - name: strangler-gateway-routes
                    literals: [routes.yaml=]
                    options:
                      disableNameSuffixHash: true
                """);
        Files.writeString(alone.resolve("kustomization.yaml"),
                """
                        apiVersion: kustomize.config.k8s.io/v1beta1
                        kind: Kustomization
                        resources:
                          - gateway-routes
                          - %s
                        components:
                          - %s
                          - %s
                        """.formatted(relative(alone, DeployTree.k8s().resolve("base/network")),
                        relative(alone, project(candidate).resolve("k8s/" + candidate + "-service")),
                        relative(alone, DeployTree.k8s().resolve("components/spring-boot-app"))));

        Manifests manifests = build(alone);

        assertThat(manifests.workloads()).extracting(Workload::name).containsExactly(candidate + "-service");
        assertThat(manifests.services()).hasSize(1);
        assertThat(manifests.autoscalers()).hasSize(1);
        assertThat(manifests.disruptionBudgets()).hasSize(1);
        assertThat(routes(manifests)).contains("service-url=http://" + candidate + "-service:8");
        assertThat(
                ManifestChecks.problems(ManifestChecks.all(BuildImages.read(project(candidate)), meters()), manifests))
            .isEmpty();
    }

    @Test
    void bothJoinEveryOverlayAsTheirReadmeSaysAndItKeepsEveryRule() throws IOException {
        Path k8s = work.resolve("deploy/k8s");
        deleteTree(k8s);
        DeployTree.copy(DeployTree.k8s(), k8s);
        BuildImages images = BuildImages.read(DeployTree.root());
        for (String candidate : CANDIDATES) {
            join(candidate, k8s);
            images = images.and(BuildImages.read(project(candidate)));
        }

        Manifests dev = build(k8s.resolve("overlays/dev"));
        Manifests mesh = build(k8s.resolve("overlays/production-mesh"));

        assertThat(dev.workloads()).extracting(Workload::name).contains("shipping-service", "customers-service");
        assertThat(routes(dev)).contains("service-url=http://shipping-service:8",
                "service-url=http://customers-service:8");
        assertThat(dev.of(Secret.class)).extracting(secret -> secret.getMetadata().getName())
            .anySatisfy(name -> assertThat(name).startsWith("shipping-service-db-"));
        assertThat(ManifestChecks.problems(ManifestChecks.all(images, meters()), dev)).isEmpty();
        assertThat(mesh.workloads()).extracting(Workload::name).contains("shipping-service", "customers-service");
        assertThat(ManifestChecks.problems(ManifestChecks.all(images, meters()), mesh)).isEmpty();
    }

    @Test
    void inTheMeshWithoutItsIstioLineItsCallsBackAreRefused() throws IOException {
        Path k8s = work.resolve("deploy-without-istio/k8s");
        deleteTree(k8s);
        DeployTree.copy(DeployTree.k8s(), k8s);
        DeployTree.copy(project("shipping").resolve("k8s/shipping-service"), k8s.resolve("base/shipping-service"));
        addUnder(k8s.resolve("base/kustomization.yaml"), "components:\n", "  - shipping-service\n");

        Manifests mesh = build(k8s.resolve("overlays/production-mesh"));

        assertThat(new CallsAreAdmitted().problems(mesh)).containsExactly(
                "NetworkPolicy shipping-service lets Deployment shipping-service call Deployment monolith-app on port"
                        + " 8080, which no AuthorizationPolicy selecting monolith-app admits for service account"
                        + " shipping-service");
    }

    /**
     * The copy and the lines of the generated README's "Run it on Kubernetes": its
     * component in the base, its dev Secret in dev, its Istio policy in the mesh overlay.
     */
    private void join(String candidate, Path k8s) throws IOException {
        String service = candidate + "-service";
        String readme = Files.readString(project(candidate).resolve("README.md"));
        assertThat(readme).contains("cp -r " + project(candidate) + "/k8s/" + service + " deploy/k8s/base/\n");
        DeployTree.copy(project(candidate).resolve("k8s/" + service), k8s.resolve("base/" + service));
        addUnder(k8s.resolve("base/kustomization.yaml"), "components:\n", readmeLine(readme, "  - " + service));
        addUnder(k8s.resolve("overlays/dev/kustomization.yaml"), "components:\n",
                readmeLine(readme, "  - ../../base/" + service + "/dev"));
        addUnder(k8s.resolve("overlays/production-mesh/kustomization.yaml"), "components:\n",
                readmeLine(readme, "  - ../../base/" + service + "/istio"));
    }

    /** The line as the README quotes it, so the README cannot say another one. */
    private static String readmeLine(String readme, String line) {
        assertThat(readme).contains("`" + line + "`");
        return line + "\n";
    }

    private static void addUnder(Path file, String anchor, String line) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).contains(anchor);
        Files.writeString(file, text.replace(anchor, anchor + line));
    }

    private Path project(String candidate) {
        return work.resolve("services/" + candidate + "-service");
    }

    private static String routes(Manifests manifests) {
        return manifests.of(ConfigMap.class)
            .stream()
            .filter(map -> map.getMetadata().getName().equals("strangler-gateway-routes"))
            .findFirst()
            .orElseThrow()
            .getData()
            .toString();
    }

    private static GatewayMeters meters() {
        return GatewayMeters.read(DeployTree.root().resolve("strangler-gateway/src/main/java"));
    }

    private static Manifests build(Path kustomization) {
        return new Manifests(new StrictKubernetesParser().parse(Kustomize.build(kustomization)));
    }

    private static String relative(Path from, Path to) {
        return from.relativize(to.toAbsolutePath().normalize()).toString();
    }

    private static void ficus(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = FicusCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        int exit = commandLine.execute(args);
        assertThat(exit).as("ficus %s: %s", String.join(" ", args), out).isZero();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
    }

}
