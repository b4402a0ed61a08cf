package dev.ficus.catalogservice.product;

import dev.ficus.shop.api.PageDto;
import dev.ficus.shop.api.catalog.NewProductRequest;
import dev.ficus.shop.api.catalog.ProductDto;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code /api/catalog/products}: the same HTTP contract as the monolith's catalog module. */
@RestController
@RequestMapping("/api/catalog/products")
class ProductController {

    private final ProductCatalog catalog;

    ProductController(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    PageDto<ProductDto> page(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return catalog.page(page, size);
    }

    @GetMapping("/{id}")
    ProductDto product(@PathVariable long id) {
        return catalog.product(id);
    }

    @PostMapping
    ResponseEntity<ProductDto> add(@Valid @RequestBody NewProductRequest request) {
        ProductDto created = catalog.add(request);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }
}
