package dev.ficus.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ContainerPort;
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

/**
 * No Service, and so no Ingress or HTTPRoute, reaches a container port named {@value #ADMIN_PORT_NAME} (the strangler
 * gateway's admin API, bound to the pod's loopback and reached only through {@code kubectl port-forward}); and every
 * Ingress or HTTPRoute backend is a declared port of an existing Service.
 */
final class AdminPortIsPrivate implements ManifestCheck {

	static final String ADMIN_PORT_NAME = "admin";

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
						port -> target.getPort().getNumber() != null ? target.getPort().getNumber().equals(port.getPort())
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
			problems.add(route + " reaches the admin port through Service " + serviceName + " port "
					+ port.get().getPort());
		}
	}

	private static boolean reachesAdmin(Manifests manifests, Service service, ServicePort port) {
		return manifests.selectedBy(service.getSpec().getSelector())
			.stream()
			.map(workload -> workload.containerPort(ServicesReachPods.targetOf(port)))
			.flatMap(Optional::stream)
			.map(ContainerPort::getName)
			.anyMatch(ADMIN_PORT_NAME::equals);
	}

}
