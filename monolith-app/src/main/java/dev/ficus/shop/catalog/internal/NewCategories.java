package dev.ficus.shop.catalog.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a category in a transaction of its own, so that losing the race for its unique
 * name to a concurrent request (or another instance on the same database) leaves the
 * caller's transaction usable: PostgreSQL aborts a transaction whose statement failed.
 */
@Component
class NewCategories {

    private final CategoryRepository categories;

    NewCategories(CategoryRepository categories) {
        this.categories = categories;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void create(String name) {
        categories.saveAndFlush(new Category(name));
    }

}
