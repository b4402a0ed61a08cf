package dev.ficus.inventoryservice.stock;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A new quantity on hand would fall below what is already reserved (409 problem detail). */
class StockBelowReservedException extends ErrorResponseException {

    StockBelowReservedException(long productId, int onHand, int reserved) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Stock of product %d cannot be set to %d: %d units are reserved".formatted(productId, onHand,
                        reserved)), null);
    }
}
