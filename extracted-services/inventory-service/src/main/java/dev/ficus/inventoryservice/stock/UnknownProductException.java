package dev.ficus.inventoryservice.stock;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The catalog never announced the product (404 problem detail). */
class UnknownProductException extends ErrorResponseException {

    UnknownProductException(long productId) {
        super(HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Product " + productId + " not found"), null);
    }
}
