package dev.ficus.shop.inventory.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The order never had stock reserved; rendered as a 404 problem detail. */
class ReservationNotFoundException extends ErrorResponseException {

    ReservationNotFoundException(long orderId) {
        super(HttpStatus.NOT_FOUND);
        setDetail("No stock reservation for order " + orderId);
    }

}
