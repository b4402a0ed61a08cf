package dev.ficus.catalogservice.product;

import dev.ficus.shop.api.seed.SeedData;
import dev.ficus.shop.api.seed.SeedProduct;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the shared {@link SeedData} into an empty catalog before the service reports ready, with the same ids
 * as the monolith; {@code ficus.seed.products=0} turns it off (for a database filled by {@code migrate-data}).
 */
@Component
class CatalogSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogSeeder.class);

    private final JdbcClient jdbc;
    private final int productCount;

    CatalogSeeder(JdbcClient jdbc, @Value("${ficus.seed.products:" + SeedData.DEFAULT_PRODUCT_COUNT + "}") int productCount) {
        this.jdbc = jdbc;
        this.productCount = productCount;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long existing = jdbc.sql("select count(*) from catalog_product").query(Long.class).single();
        if (productCount == 0 || existing > 0) {
            return;
        }
        List<String> categories = SeedData.CATEGORIES;
        for (int i = 0; i < categories.size(); i++) {
            jdbc.sql("insert into catalog_category (id, name) values (?, ?)").params(i + 1, categories.get(i)).update();
        }
        for (SeedProduct product : SeedData.products(productCount)) {
            jdbc.sql("insert into catalog_product (id, sku, name, description, category_id, price_amount, "
                            + "price_currency) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(product.id(), product.sku(), product.name(), product.description(),
                            categories.indexOf(product.category()) + 1, product.price().amount(),
                            product.price().currency())
                    .update();
        }
        jdbc.sql("alter table catalog_category alter column id restart with " + (categories.size() + 1)).update();
        jdbc.sql("alter table catalog_product alter column id restart with " + (productCount + 1)).update();
        log.info("Seeded {} products in {} categories", productCount, categories.size());
    }
}
