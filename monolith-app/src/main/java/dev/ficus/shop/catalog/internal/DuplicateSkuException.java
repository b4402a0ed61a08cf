package dev.ficus.shop.catalog.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Another product already has the SKU; rendered as a 409 problem detail. */
class DuplicateSkuException extends ErrorResponseException {

    DuplicateSkuException(String sku) {
        super(HttpStatus.CONFLICT);
        setDetail("Product with sku " + sku + " already exists");
    }

}
