package dev.ficus.inventoryservice.stock;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The order never had stock reserved (404 problem detail). */
class ReservationNotFoundException extends ErrorResponseException {

    ReservationNotFoundException(long orderId) {
        super(HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No stock reservation for order " + orderId),
                null);
    }
}
