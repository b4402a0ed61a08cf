package dev.ficus.catalogservice.product;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No product has the requested id (404 problem detail). */
class ProductNotFoundException extends ErrorResponseException {

    ProductNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Product " + id + " not found"),
                null);
    }
}
