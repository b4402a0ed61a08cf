package dev.ficus.shop.api.catalog;

import dev.ficus.shop.api.MoneyDto;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/catalog/products}; the category is created when it does not
 * exist yet.
 */
public record NewProductRequest(@NotBlank @Size(max = 40) String sku, @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description, @NotBlank @Size(max = 100) String category,
        @NotNull @Valid MoneyDto price) {
}
