package dev.ficus.catalogservice.product;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Another product already has the requested SKU (409 problem detail). */
class DuplicateSkuException extends ErrorResponseException {

    DuplicateSkuException(String sku) {
        super(HttpStatus.CONFLICT,
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Product with sku " + sku + " already exists"),
                null);
    }
}
