package dev.ficus.shop.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** No product has the given id; rendered as a 404 problem detail. */
public class ProductNotFoundException extends ErrorResponseException {

    public ProductNotFoundException(long productId) {
        super(HttpStatus.NOT_FOUND);
        setDetail("Product " + productId + " not found");
    }

    /** The same problem as reported by an extracted service, detail unchanged. */
    public ProductNotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND);
        setDetail(detail);
    }

}
