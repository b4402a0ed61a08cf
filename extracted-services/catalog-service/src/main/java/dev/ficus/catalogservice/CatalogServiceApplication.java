package dev.ficus.catalogservice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The catalog capability cut out of the Ficus Shop monolith: the monolith's own catalog
 * module ({@code dev.ficus.shop.catalog}, from monolith-app's {@code catalog} jar) run
 * with its own database, and its events sent through this service's outbox. This package
 * holds only that composition.
 */
@SpringBootApplication(scanBasePackages = { "dev.ficus.catalogservice", CatalogServiceApplication.MODULE })
@AutoConfigurationPackage(basePackages = CatalogServiceApplication.MODULE)
@ConfigurationPropertiesScan({ "dev.ficus.catalogservice", CatalogServiceApplication.MODULE })
public class CatalogServiceApplication {

    /** The monolith module this service runs: its beans, entities and repositories. */
    static final String MODULE = "dev.ficus.shop.catalog";

    public static void main(String[] args) {
        SpringApplication.run(CatalogServiceApplication.class, args);
    }

}
