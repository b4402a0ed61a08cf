package dev.ficus.shop.catalog.internal;

import dev.ficus.shop.api.PageDto;
import dev.ficus.shop.api.catalog.NewProductRequest;
import dev.ficus.shop.api.catalog.ProductCreated;
import dev.ficus.shop.api.catalog.ProductDto;
import dev.ficus.shop.catalog.Catalog;
import dev.ficus.shop.catalog.Money;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's use cases: looking products up, listing them page by page and adding new
 * ones.
 */
@Service
@Transactional(readOnly = true)
public class CatalogManagement implements Catalog {

    private final ProductRepository products;

    private final CategoryRepository categories;

    private final NewCategories newCategories;

    private final ApplicationEventPublisher events;

    CatalogManagement(ProductRepository products, CategoryRepository categories, NewCategories newCategories,
            ApplicationEventPublisher events) {
        this.products = products;
        this.categories = categories;
        this.newCategories = newCategories;
        this.events = events;
    }

    @Override
    public Optional<ProductDto> findProduct(long productId) {
        return products.findById(productId).map(Product::toDto);
    }

    /** One page of products ordered by id. */
    public PageDto<ProductDto> listProducts(int page, int size) {
        Page<ProductDto> result = products.findAll(PageRequest.of(page, size, Sort.by("id"))).map(Product::toDto);
        return new PageDto<>(result.getContent(), page, size, result.getTotalElements(), result.getTotalPages());
    }

    /**
     * Adds a product, creating its category on first use, and announces it with
     * {@link ProductCreated}.
     */
    @Transactional
    public ProductDto addProduct(NewProductRequest request) {
        if (products.existsBySku(request.sku())) {
            throw new DuplicateSkuException(request.sku());
        }
        Category category = categories.findByName(request.category())
            .orElseGet(() -> createdOrTakenCategory(request.category()));
        ProductDto created;
        try {
            created = products
                .saveAndFlush(new Product(request.sku(), request.name(), request.description(), category,
                        Money.of(request.price())))
                .toDto();
        }
        catch (DataIntegrityViolationException e) {
            // a concurrent request took the SKU between the check above and this insert
            throw new DuplicateSkuException(request.sku());
        }
        events.publishEvent(new ProductCreated(UUID.randomUUID(), created.id(), created.sku(), created.name(),
                created.category(), created.price(), Instant.now()));
        return created;
    }

    /** The category of that name, created now unless a concurrent request just did. */
    private Category createdOrTakenCategory(String name) {
        try {
            newCategories.create(name);
        }
        catch (DataIntegrityViolationException e) {
            // a concurrent request created it between the lookup and this insert
        }
        return categories.findByName(name)
            .orElseThrow(() -> new IllegalStateException("category " + name + " neither created nor found"));
    }

}
