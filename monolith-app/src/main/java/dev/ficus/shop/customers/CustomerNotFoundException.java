package dev.ficus.shop.customers;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** No customer has the given id; rendered as a 404 problem detail. */
public class CustomerNotFoundException extends ErrorResponseException {

    public CustomerNotFoundException(long customerId) {
        super(HttpStatus.NOT_FOUND);
        setDetail("Customer " + customerId + " not found");
    }

}
