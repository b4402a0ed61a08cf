package dev.ficus.shop.orders.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No order has the given id; rendered as a 404 problem detail. */
class OrderNotFoundException extends ErrorResponseException {

    OrderNotFoundException(long orderId) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Order " + orderId + " not found"), null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
