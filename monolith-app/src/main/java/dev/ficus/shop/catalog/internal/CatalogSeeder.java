package dev.ficus.shop.catalog.internal;

import dev.ficus.shop.api.seed.SeedData;
import dev.ficus.shop.api.seed.SeedProduct;
import dev.ficus.shop.catalog.CatalogSeeded;
import dev.ficus.shop.catalog.Money;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty catalog with the shared {@link SeedData} products {@code 1..n}, the same
 * ones every extracted service loads, so that monolith and services answer alike and
 * other teams' tests can rely on them.
 */
@Component
class CatalogSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogSeeder.class);

    private final ProductRepository products;

    private final CategoryRepository categories;

    private final ApplicationEventPublisher events;

    private final CatalogSeedProperties properties;

    CatalogSeeder(ProductRepository products, CategoryRepository categories, ApplicationEventPublisher events,
            CatalogSeedProperties properties) {
        this.products = products;
        this.categories = categories;
        this.events = events;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (properties.products() == 0 || products.count() > 0) {
            return;
        }
        Map<String, Category> byName = categories.saveAll(SeedData.CATEGORIES.stream().map(Category::new).toList())
            .stream()
            .collect(Collectors.toMap(Category::name, Function.identity()));
        List<Product> saved = products.saveAll(SeedData.products(properties.products())
            .stream()
            .map(seed -> product(seed, Objects.requireNonNull(byName.get(seed.category()), seed.category())))
            .toList());
        LOG.info("Seeded the catalog with {} products", saved.size());
        events.publishEvent(new CatalogSeeded(saved.get(0).id(), saved.get(saved.size() - 1).id()));
    }

    private static Product product(SeedProduct seed, Category category) {
        return new Product(seed.sku(), seed.name(), seed.description(), category, Money.of(seed.price()));
    }

}
