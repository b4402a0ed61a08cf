package dev.ficus.shop.customers.internal;

import dev.ficus.shop.customers.CustomerDetails;
import dev.ficus.shop.customers.CustomerRegistered;
import dev.ficus.shop.customers.Customers;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers customers and looks them up. */
@Service
@Transactional(readOnly = true)
public class CustomerManagement implements Customers {

    private final CustomerRepository customers;

    private final ApplicationEventPublisher events;

    CustomerManagement(CustomerRepository customers, ApplicationEventPublisher events) {
        this.customers = customers;
        this.events = events;
    }

    @Override
    public Optional<CustomerDetails> findCustomer(long customerId) {
        return customers.findById(customerId).map(Customer::toDetails);
    }

    /** Signs a customer up and announces it with {@link CustomerRegistered}. */
    @Transactional
    public CustomerDetails register(String name, String email) {
        if (customers.existsByEmail(email)) {
            throw new DuplicateEmailException(email);
        }
        CustomerDetails customer = customers.save(new Customer(name, email, Instant.now())).toDetails();
        events.publishEvent(new CustomerRegistered(customer.id(), customer.name(), customer.email()));
        return customer;
    }

}
