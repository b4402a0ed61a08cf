package dev.ficus.gateway.fallback;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Resilience4j circuit breakers, one per capability, tuned from
 * {@link FallbackProperties}.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakerConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceCircuitBreakers(FallbackProperties properties) {
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
            .failureRateThreshold(properties.failureRateThreshold())
            .minimumNumberOfCalls(properties.minimumCalls())
            .slidingWindowSize(properties.slidingWindow())
            .waitDurationInOpenState(properties.openDuration())
            .permittedNumberOfCallsInHalfOpenState(3)
            .automaticTransitionFromOpenToHalfOpenEnabled(false)
            .build();
        TimeLimiterConfig timeLimiter = TimeLimiterConfig.custom().timeoutDuration(properties.timeout()).build();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id).circuitBreakerConfig(breaker)
            .timeLimiterConfig(timeLimiter)
            .build());
    }

    @Bean
    ServiceGuard serviceGuard(ReactiveResilience4JCircuitBreakerFactory factory, FallbackProperties properties) {
        return new ServiceGuard(factory, properties.openDuration(), properties.timeout());
    }

}
