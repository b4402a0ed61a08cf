package dev.ficus.shop.catalog.internal;

import dev.ficus.shop.api.PageDto;
import dev.ficus.shop.api.catalog.NewProductRequest;
import dev.ficus.shop.api.catalog.ProductDto;
import dev.ficus.shop.catalog.ProductNotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/catalog/products}: the catalog's part of the HTTP contract. */
@RestController
@RequestMapping("/api/catalog/products")
class ProductController {

    /** The last page anyone may ask for: page times size must stay a valid row offset. */
    static final int MAX_PAGE = 1_000_000;

    private final CatalogManagement catalog;

    ProductController(CatalogManagement catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    PageDto<ProductDto> list(@RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return catalog.listProducts(page, size);
    }

    @GetMapping("/{id}")
    ProductDto get(@PathVariable long id) {
        return catalog.findProduct(id).orElseThrow(() -> new ProductNotFoundException(id));
    }

    @PostMapping
    ResponseEntity<ProductDto> create(@Valid @RequestBody NewProductRequest request) {
        ProductDto product = catalog.addProduct(request);
        return ResponseEntity.created(URI.create("/api/catalog/products/" + product.id())).body(product);
    }

}
