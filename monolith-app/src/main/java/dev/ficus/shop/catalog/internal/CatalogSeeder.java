package dev.ficus.shop.catalog.internal;

import dev.ficus.shop.catalog.CatalogSeeded;
import dev.ficus.shop.catalog.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty catalog with deterministic demo products: product {@code i} has sku {@code FS-0000i}, category
 * {@code CATEGORIES[i % 10]} and price {@code (i % 100) + 0.99 EUR}, so other teams' tests can rely on them.
 */
@Component
@Order(0)
class CatalogSeeder implements ApplicationRunner {

    static final List<String> CATEGORIES = List.of("Books", "Garden", "Kitchen", "Music", "Office", "Outdoor", "Pets",
            "Sports", "Tools", "Toys");
    private static final List<String> ADJECTIVES = List.of("Sturdy", "Compact", "Classic", "Bright", "Quiet",
            "Handy", "Rustic", "Sleek");
    private static final Logger LOG = LoggerFactory.getLogger(CatalogSeeder.class);

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final ApplicationEventPublisher events;
    private final CatalogProperties properties;

    CatalogSeeder(ProductRepository products, CategoryRepository categories, ApplicationEventPublisher events,
            CatalogProperties properties) {
        this.products = products;
        this.categories = categories;
        this.events = events;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (properties.seedProducts() == 0 || products.count() > 0) {
            return;
        }
        Map<String, Category> byName = categories.saveAll(CATEGORIES.stream().map(Category::new).toList()).stream()
                .collect(Collectors.toMap(Category::name, Function.identity()));
        List<Product> seeded = new ArrayList<>(properties.seedProducts());
        for (int i = 1; i <= properties.seedProducts(); i++) {
            seeded.add(demoProduct(i, byName.get(CATEGORIES.get(i % CATEGORIES.size()))));
        }
        List<Product> saved = products.saveAll(seeded);
        LOG.info("Seeded the catalog with {} products", saved.size());
        events.publishEvent(new CatalogSeeded(saved.get(0).id(), saved.get(saved.size() - 1).id()));
    }

    private static Product demoProduct(int i, Category category) {
        String name = Stream.of(ADJECTIVES.get(i % ADJECTIVES.size()), category.name(), "item", Integer.toString(i))
                .collect(Collectors.joining(" "));
        Money price = new Money(BigDecimal.valueOf(i % 100).add(new BigDecimal("0.99")), Money.EUR);
        return new Product("FS-%05d".formatted(i), name, "Demo product number " + i, category, price);
    }
}
