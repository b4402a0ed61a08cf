package dev.ficus.gateway.canary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.ficus.gateway.routing.Side;
import dev.ficus.gateway.routing.SideSelector;

/**
 * Sticky canary selection: consistent buckets of the user key.
 */
@Configuration(proxyBeanMethods = false)
class CanaryConfiguration {

    @Bean
    SideSelector stickyCanary(CanaryProperties properties) {
        StickyKeyResolver keys = new StickyKeyResolver(properties);
        return (capability, weight,
                exchange) -> ConsistentBuckets.onService(capability.name(), keys.keyOf(exchange.getRequest()), weight)
                        ? Side.SERVICE : Side.MONOLITH;
    }

}
