package dev.ficus.gateway.proxy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Paths outside the actuator's base path are answered from the routes at once; paths
 * under it are left to the actuator's mappings first.
 */
class RoutesBeforeEndpointsUnitTests {

    private final RoutePredicateHandlerMapping routes = mock(RoutePredicateHandlerMapping.class);

    private final RoutesBeforeEndpoints mapping = new RoutesBeforeEndpoints(routes, "/actuator");

    @ParameterizedTest
    @ValueSource(strings = { "/api/catalog/products/1", "/actuators/x", "/ACTUATOR/faults/inventory", "/" })
    void answersOtherPathsFromTheRoutes(String path) {
        given(routes.getHandler(any())).willReturn(Mono.just("route handler"));

        assertThat(mapping.getHandler(exchange(path)).block()).isEqualTo("route handler");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator", "/actuator/health", "/actuator/health/liveness", "/actuator/faults/x" })
    void leavesPathsUnderTheBasePathToTheActuatorFirst(String path) {
        assertThat(mapping.getHandler(exchange(path)).blockOptional()).isEmpty();
        verify(routes, never()).getHandler(any());
    }

    private static ServerWebExchange exchange(String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.get(path));
    }

}
