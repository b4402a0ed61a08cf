package dev.ficus.shop.customers.internal;

import dev.ficus.shop.customers.CustomerDetails;
import dev.ficus.shop.customers.CustomerNotFoundException;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/customers}: sign-up and lookup. */
@RestController
@RequestMapping("/api/customers")
class CustomerController {

    private final CustomerManagement customers;

    CustomerController(CustomerManagement customers) {
        this.customers = customers;
    }

    @PostMapping
    ResponseEntity<CustomerDetails> register(@Valid @RequestBody NewCustomerRequest request) {
        CustomerDetails customer = customers.register(request.name(), request.email());
        return ResponseEntity.created(URI.create("/api/customers/" + customer.id())).body(customer);
    }

    @GetMapping("/{id}")
    CustomerDetails get(@PathVariable long id) {
        return customers.findCustomer(id).orElseThrow(() -> new CustomerNotFoundException(id));
    }

}
