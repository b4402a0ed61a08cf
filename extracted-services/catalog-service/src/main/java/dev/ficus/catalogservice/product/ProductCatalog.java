package dev.ficus.catalogservice.product;

import dev.ficus.catalogservice.sync.CatalogEvents;
import dev.ficus.shop.api.PageDto;
import dev.ficus.shop.api.catalog.NewProductRequest;
import dev.ficus.shop.api.catalog.ProductDto;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog's use cases: list, look up and add products. */
@Service
public class ProductCatalog {

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final CatalogEvents events;

    ProductCatalog(ProductRepository products, CategoryRepository categories, CatalogEvents events) {
        this.products = products;
        this.categories = categories;
        this.events = events;
    }

    /** One page of products in id order. */
    @Transactional(readOnly = true)
    public PageDto<ProductDto> page(int page, int size) {
        Page<Product> found = products.findAll(PageRequest.of(page, size, Sort.by("id")));
        return new PageDto<>(found.map(Product::toDto).getContent(), page, size, found.getTotalElements(),
                found.getTotalPages());
    }

    /** The product with {@code id}, or a 404 problem. */
    @Transactional(readOnly = true)
    public ProductDto product(long id) {
        return products.findById(id).map(Product::toDto).orElseThrow(() -> new ProductNotFoundException(id));
    }

    /** Adds a product (creating its category on first use) and records a {@code ProductCreated} event. */
    @Transactional
    public ProductDto add(NewProductRequest request) {
        if (products.existsBySku(request.sku())) {
            throw new DuplicateSkuException(request.sku());
        }
        Category category = categories.findByName(request.category())
                .orElseGet(() -> categories.save(new Category(request.category())));
        ProductDto created;
        try {
            created = products.saveAndFlush(new Product(request.sku(), request.name(), request.description(),
                    category, request.price())).toDto();
        } catch (DataIntegrityViolationException e) {
            // a concurrent request took the SKU between the check above and this insert
            throw new DuplicateSkuException(request.sku());
        }
        events.productCreated(created);
        return created;
    }
}
