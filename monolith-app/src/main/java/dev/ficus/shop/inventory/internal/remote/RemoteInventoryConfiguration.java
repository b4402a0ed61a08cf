package dev.ficus.shop.inventory.internal.remote;

import dev.ficus.shop.extraction.ExtractedServicesProperties;
import dev.ficus.shop.extraction.RemoteCapabilities;
import dev.ficus.shop.inventory.Inventory;
import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * With {@code ficus.extracted.inventory.url} set, every user of {@link Inventory} (the
 * order process) reserves, commits and releases stock in the extracted service instead of
 * the monolith's tables.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("ficus.extracted.inventory.url")
class RemoteInventoryConfiguration {

    @Bean
    @Primary
    Inventory remoteInventory(RemoteCapabilities services, ExtractedServicesProperties properties,
            ApplicationEventPublisher events) {
        return new RemoteInventory(services.connect("inventory", Objects.requireNonNull(properties.inventory().url())),
                events);
    }

}
