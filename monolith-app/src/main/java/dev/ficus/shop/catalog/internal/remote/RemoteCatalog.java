package dev.ficus.shop.catalog.internal.remote;

import dev.ficus.shop.api.catalog.ProductDto;
import dev.ficus.shop.catalog.Catalog;
import dev.ficus.shop.extraction.RemoteCapability;
import java.util.Optional;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The catalog API answered by the extracted catalog service ({@code GET
 * /api/catalog/products/{id}}): the shop-api DTO is the module's own type, and a 404 is
 * an absent product, exactly as in-process.
 */
class RemoteCatalog implements Catalog {

    private final RemoteCapability service;

    RemoteCatalog(RemoteCapability service) {
        this.service = service;
    }

    @Override
    public Optional<ProductDto> findProduct(long productId) {
        try {
            return Optional.ofNullable(service.idempotent(client -> client.get()
                .uri("/api/catalog/products/{id}", productId)
                .retrieve()
                .body(ProductDto.class)));
        }
        catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
    }

}
