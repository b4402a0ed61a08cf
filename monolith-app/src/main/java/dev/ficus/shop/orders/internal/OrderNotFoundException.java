package dev.ficus.shop.orders.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** No order has the given id; rendered as a 404 problem detail. */
class OrderNotFoundException extends ErrorResponseException {

    OrderNotFoundException(long orderId) {
        super(HttpStatus.NOT_FOUND);
        setDetail("Order " + orderId + " not found");
    }

}
