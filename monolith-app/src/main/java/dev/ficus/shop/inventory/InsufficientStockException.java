package dev.ficus.shop.inventory;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Fewer units are available than an order asks for; rendered as a 409 problem detail. */
public class InsufficientStockException extends ErrorResponseException {

    public InsufficientStockException(long productId, int requested, int available) {
        super(HttpStatus.CONFLICT);
        setDetail("Insufficient stock for product %d: requested %d, available %d".formatted(productId, requested,
                available));
    }

    /**
     * The same problem as reported by the extracted inventory service, detail unchanged.
     */
    public InsufficientStockException(String detail) {
        super(HttpStatus.CONFLICT);
        setDetail(detail);
    }

}
