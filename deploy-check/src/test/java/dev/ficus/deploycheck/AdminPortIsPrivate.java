package dev.ficus.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * No Service, and so no Ingress or HTTPRoute, reaches the strangler gateway's admin API
 * (bound to the pod's loopback and reached only through {@code kubectl port-forward}):
 * neither a container port named {@value #ADMIN_PORT_NAME} nor, in a pod running the
 * gateway's image, the port its configuration gives {@code ficus.gateway.admin.port},
 * declared or not. Every Ingress or HTTPRoute backend is a port of an existing Service.
 */
final class AdminPortIsPrivate implements ManifestCheck {

    static final String ADMIN_PORT_NAME = "admin";

    /**
     * Where the strangler gateway's admin API listens unless
     * {@code ficus.gateway.admin.port} says otherwise.
     */
    static final int GATEWAY_ADMIN_PORT_DEFAULT = 8001;

    private static final Pattern GATEWAY_IMAGE = Pattern.compile("(.*/)?strangler-gateway(:[^/]*)?(@.*)?");

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    @Override
    public String rule() {
        return "no Service, Ingress or HTTPRoute reaches an admin container port; every route backend exists";
    }

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Service service : manifests.services()) {
            for (ServicePort port : service.getSpec().getPorts()) {
                if (reachesAdmin(manifests, service, port)) {
                    problems.add("Service " + service.getMetadata().getName() + " port " + port.getPort()
                            + " reaches the admin port");
                }
            }
        }
        for (Ingress ingress : manifests.ingresses()) {
            String name = "Ingress " + ingress.getMetadata().getName();
            List<IngressBackend> backends = new ArrayList<>();
            Optional.ofNullable(ingress.getSpec().getDefaultBackend()).ifPresent(backends::add);
            for (IngressRule rule : Optional.ofNullable(ingress.getSpec().getRules()).orElse(List.of())) {
                if (rule.getHttp() != null) {
                    rule.getHttp().getPaths().stream().map(HTTPIngressPath::getBackend).forEach(backends::add);
                }
            }
            for (IngressBackend backend : backends) {
                IngressServiceBackend target = backend.getService();
                if (target == null) {
                    problems.add(name + " has a backend that is not a Service");
                    continue;
                }
                check(manifests, name, target.getName(),
                        port -> target.getPort().getNumber() != null
                                ? target.getPort().getNumber().equals(port.getPort())
                                : target.getPort().getName().equals(port.getName()),
                        problems);
            }
        }
        for (HTTPRoute route : manifests.httpRoutes()) {
            String name = "HTTPRoute " + route.getMetadata().getName();
            for (HTTPRouteRule rule : Optional.ofNullable(route.getSpec().getRules()).orElse(List.of())) {
                for (HTTPBackendRef backend : Optional.ofNullable(rule.getBackendRefs()).orElse(List.of())) {
                    if (backend.getKind() != null && !"Service".equals(backend.getKind())) {
                        continue;
                    }
                    check(manifests, name, backend.getName(), port -> port.getPort().equals(backend.getPort()),
                            problems);
                }
            }
        }
        return problems;
    }

    private static void check(Manifests manifests, String route, String serviceName,
            java.util.function.Predicate<ServicePort> portMatches, List<String> problems) {
        Optional<Service> service = manifests.services()
            .stream()
            .filter(candidate -> candidate.getMetadata().getName().equals(serviceName))
            .findFirst();
        if (service.isEmpty()) {
            problems.add(route + " routes to Service " + serviceName + ", which does not exist");
            return;
        }
        Optional<ServicePort> port = service.get().getSpec().getPorts().stream().filter(portMatches).findFirst();
        if (port.isEmpty()) {
            problems.add(route + " routes to a port Service " + serviceName + " does not have");
            return;
        }
        if (reachesAdmin(manifests, service.get(), port.get())) {
            problems.add(
                    route + " reaches the admin port through Service " + serviceName + " port " + port.get().getPort());
        }
    }

    private static boolean reachesAdmin(Manifests manifests, Service service, ServicePort port) {
        IntOrString target = ServicesReachPods.targetOf(port);
        return manifests.selectedBy(service.getSpec().getSelector()).stream().anyMatch(workload -> {
            Optional<ContainerPort> declared = workload.containerPort(target);
            if (declared.map(ContainerPort::getName).filter(ADMIN_PORT_NAME::equals).isPresent()) {
                return true;
            }
            OptionalInt admin = gatewayAdminPort(manifests, workload);
            Integer number = declared.map(ContainerPort::getContainerPort).orElse(target.getIntVal());
            return admin.isPresent() && number != null && number == admin.getAsInt();
        });
    }

    /**
     * The admin port of a workload that runs the strangler gateway:
     * {@code ficus.gateway.admin.port} from the {@code application.yml} of a ConfigMap it
     * mounts, else the gateway's default.
     */
    static OptionalInt gatewayAdminPort(Manifests manifests, Workload workload) {
        boolean gateway = workload.containers()
            .stream()
            .anyMatch(container -> GATEWAY_IMAGE.matcher(container.getImage()).matches());
        if (!gateway) {
            return OptionalInt.empty();
        }
        List<String> mounted = Optional.ofNullable(workload.template().getSpec().getVolumes())
            .orElse(List.of())
            .stream()
            .filter(volume -> volume.getConfigMap() != null)
            .map(volume -> volume.getConfigMap().getName())
            .toList();
        int configured = manifests.of(ConfigMap.class)
            .stream()
            .filter(map -> mounted.contains(map.getMetadata().getName()) && map.getData() != null
                    && map.getData().containsKey("application.yml"))
            .map(map -> YAML.readTree(map.getData().get("application.yml"))
                .path("ficus")
                .path("gateway")
                .path("admin")
                .path("port"))
            .filter(JsonNode::isInt)
            .mapToInt(JsonNode::asInt)
            .findFirst()
            .orElse(GATEWAY_ADMIN_PORT_DEFAULT);
        return OptionalInt.of(configured);
    }

}
