package dev.ficus.shop.customers.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Another customer already signed up with the email; rendered as a 409 problem detail.
 */
class DuplicateEmailException extends ErrorResponseException {

    DuplicateEmailException(String email) {
        super(HttpStatus.CONFLICT);
        setDetail("Customer with email " + email + " already exists");
    }

}
