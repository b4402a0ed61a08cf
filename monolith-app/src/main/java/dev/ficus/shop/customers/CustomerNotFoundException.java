package dev.ficus.shop.customers;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No customer has the given id; rendered as a 404 problem detail. */
public class CustomerNotFoundException extends ErrorResponseException {

    public CustomerNotFoundException(long customerId) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Customer " + customerId + " not found"), null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
