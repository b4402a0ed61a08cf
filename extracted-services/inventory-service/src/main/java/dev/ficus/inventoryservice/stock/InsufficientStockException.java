package dev.ficus.inventoryservice.stock;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Fewer units are available than a reservation asks for (409 problem detail). */
class InsufficientStockException extends ErrorResponseException {

    InsufficientStockException(long productId, int requested, int available) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Insufficient stock for product %d: requested %d, available %d".formatted(productId, requested,
                        available)), null);
    }
}
