package dev.ficus.shop.inventory.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Stock on hand cannot drop below what is already promised to orders; rendered as a 409
 * problem detail.
 */
class StockBelowReservedException extends ErrorResponseException {

    StockBelowReservedException(long productId, int onHand, int reserved) {
        super(HttpStatus.CONFLICT);
        setDetail("Stock of product %d cannot be set to %d: %d units are reserved".formatted(productId, onHand,
                reserved));
    }

}
