package dev.ficus.gateway.proxy;

import dev.ficus.callertrust.CallerTrustProperties;
import java.util.List;
import java.util.stream.Stream;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.event.RefreshRoutesEvent;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.HandlerMapping;

import dev.ficus.gateway.admin.AdminServer;
import dev.ficus.gateway.discovery.ServiceInstances;
import dev.ficus.gateway.discovery.Upstream;
import dev.ficus.gateway.fallback.ServiceGuard;
import dev.ficus.gateway.problem.ProblemResponses;
import dev.ficus.gateway.routing.Capability;
import dev.ficus.gateway.routing.CapabilityFilterProvider;
import dev.ficus.gateway.routing.CapabilityRoutesRefresher;
import dev.ficus.gateway.routing.RouteTable;
import dev.ficus.gateway.routing.RoutingProperties;
import dev.ficus.gateway.routing.SideSelector;
import dev.ficus.gateway.traffic.TrafficMetrics;

/**
 * One gateway route per capability, deciding its side per request, and a catch-all route
 * to the monolith.
 */
@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {

    /** Name of the catch-all route; it loses to every capability route. */
    static final String MONOLITH_ROUTE = "monolith";

    /**
     * Name of the route that answers management paths itself; it wins over every other
     * route.
     */
    static final String MANAGEMENT_ROUTE = "management";

    /**
     * Built afresh from the route table whenever the gateway refreshes its routes, so a
     * capability added or removed through the admin API takes effect at once
     * ({@link CapabilityRoutesRefresher}).
     */
    @Bean
    RouteLocator capabilityRoutes(RouteLocatorBuilder builder, RoutingProperties properties, ProxyProperties proxy,
            RouteTable table, SideSelector canary, ServiceGuard guard, TrafficMetrics metrics,
            List<CapabilityFilterProvider> extras, AnswerWriter answerWriter, ProblemResponses problems,
            ServiceInstances instances) {
        return () -> routes(builder, properties, proxy, table, canary, guard, metrics, extras, answerWriter, problems,
                instances)
            .getRoutes();
    }

    @Bean
    CapabilityRoutesRefresher capabilityRoutesRefresher(ApplicationEventPublisher publisher) {
        return () -> publisher.publishEvent(new RefreshRoutesEvent(ProxyConfiguration.class));
    }

    private static RouteLocator routes(RouteLocatorBuilder builder, RoutingProperties properties, ProxyProperties proxy,
            RouteTable table, SideSelector canary, ServiceGuard guard, TrafficMetrics metrics,
            List<CapabilityFilterProvider> extras, AnswerWriter answerWriter, ProblemResponses problems,
            ServiceInstances instances) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        Upstream monolith = Upstream.monolith(properties.monolithUrls());
        InstanceFailover failover = new InstanceFailover(instances, metrics);
        // The gateway's own actuator endpoints are mapped before any route; every other
        // management path ends here.
        routes.route(MANAGEMENT_ROUTE,
                route -> route.order(-1)
                    .predicate(new ManagementPaths(
                            Stream.concat(proxy.managementPaths().stream(), proxy.internalPaths().stream()).toList()))
                    .filters(filters -> filters.filter(notForwarded(problems)))
                    .uri(properties.monolithUrl()));
        for (Capability capability : table.capabilities()) {
            CapabilityRoutingFilter routing = new CapabilityRoutingFilter(capability, monolith, table, canary, guard,
                    metrics, answerWriter, failover);
            routes.route(capability.name(),
                    route -> route.order(0).path(capability.paths().toArray(String[]::new)).filters(filters -> {
                        extras.forEach(extra -> filters.filter(extra.filterFor(capability)));
                        return filters.filter(routing);
                    }).uri(properties.monolithUrl()));
        }
        // The gateway's own pages never reach the monolith, so an admin token cannot leak
        // there.
        routes.route(MONOLITH_ROUTE,
                route -> route.order(Integer.MAX_VALUE)
                    .path("/**")
                    .and()
                    .not(own -> own.path(AdminServer.PATHS))
                    .filters(filters -> filters.filter(new MonolithRoutingFilter(monolith, failover)))
                    .uri(properties.monolithUrl()));
        return routes.build();
    }

    @Bean
    AnswerWriter answerWriter(NettyWriteResponseFilter streaming, GatewayProperties gateway) {
        return new AnswerWriter(streaming, gateway.getStreamingMediaTypes());
    }

    @Bean
    ResponseTimeout responseTimeout(ProxyProperties proxy, HttpClientProperties gateway) {
        return new ResponseTimeout(proxy.responseTimeout(gateway.getResponseTimeout()));
    }

    @Bean
    RedirectLocations redirectLocations() {
        return new RedirectLocations();
    }

    @Bean
    CallerIdentityHeaders callerIdentityHeaders(CallerTrustProperties trust) {
        return new CallerIdentityHeaders(trust);
    }

    /**
     * Only while every actuator endpoint is under its base path: endpoints at the root,
     * or health groups on additional paths of the user port, are still asked before the
     * routes (an inert mapping stands in).
     */
    @Bean
    HandlerMapping routesBeforeEndpoints(RoutePredicateHandlerMapping routes, WebEndpointProperties endpoints,
            ObjectProvider<HealthEndpointGroups> health) {
        boolean endpointsOutsideBasePath = endpoints.getBasePath().isEmpty() || health.stream()
            .anyMatch(groups -> !groups.getAllWithAdditionalPath(WebServerNamespace.SERVER).isEmpty());
        return endpointsOutsideBasePath ? exchange -> Mono.empty()
                : new RoutesBeforeEndpoints(routes, endpoints.getBasePath());
    }

    @Bean
    BackendFailureHandler backendFailureHandler(ProblemResponses problems, ServiceGuard guard) {
        return new BackendFailureHandler(problems, guard.retryAfter());
    }

    private static GatewayFilter notForwarded(ProblemResponses problems) {
        return (exchange, chain) -> problems.write(exchange, ProblemResponses.of(HttpStatus.NOT_FOUND,
                "Management paths are never forwarded to a backend; reach a backend's management endpoints on its "
                        + "management port. Nor are internal ones, which only the monolith and its services call, "
                        + "directly",
                exchange));
    }

}
