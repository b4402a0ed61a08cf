package dev.ficus.shop.catalog.internal.remote;

import dev.ficus.shop.catalog.Catalog;
import dev.ficus.shop.extraction.ExtractedServicesProperties;
import dev.ficus.shop.extraction.RemoteCapabilities;
import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * With {@code ficus.extracted.catalog.url} set, every user of {@link Catalog} gets the
 * extracted service instead of the in-process catalog (which keeps serving the monolith's
 * own {@code /api/catalog/**}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("ficus.extracted.catalog.url")
class RemoteCatalogConfiguration {

    @Bean
    @Primary
    Catalog remoteCatalog(RemoteCapabilities services, ExtractedServicesProperties properties) {
        return new RemoteCatalog(services.connect("catalog", Objects.requireNonNull(properties.catalog().url())));
    }

}
