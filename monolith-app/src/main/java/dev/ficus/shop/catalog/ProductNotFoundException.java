package dev.ficus.shop.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No product has the given id; rendered as a 404 problem detail. */
public class ProductNotFoundException extends ErrorResponseException {

    public ProductNotFoundException(long productId) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Product " + productId + " not found"), null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
