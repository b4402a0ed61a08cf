package dev.ficus.inventoryservice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The inventory capability cut out of the Ficus Shop monolith: the monolith's own
 * inventory module ({@code dev.ficus.shop.inventory}, from monolith-app's
 * {@code inventory} jar) run with its own database. This package holds only the
 * composition: the catalog the module asks (known product ids, fed by catalog events) and
 * the outbox its stock changes go through.
 */
@SpringBootApplication(scanBasePackages = { "dev.ficus.inventoryservice", InventoryServiceApplication.MODULE })
@AutoConfigurationPackage(basePackages = InventoryServiceApplication.MODULE)
@ConfigurationPropertiesScan
public class InventoryServiceApplication {

    /** The monolith module this service runs: its beans, entities and repositories. */
    static final String MODULE = "dev.ficus.shop.inventory";

    public static void main(String[] args) {
        SpringApplication.run(InventoryServiceApplication.class, args);
    }

}
