package dev.ficus.shop.customers.internal;

import dev.ficus.shop.customers.CustomerDetails;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone who can place orders; the email is unique. */
@Entity
@Table(name = "customers_customer")
class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String email;

    private Instant registeredAt;

    protected Customer() {
    }

    Customer(String name, String email, Instant registeredAt) {
        this.name = name;
        this.email = email;
        this.registeredAt = registeredAt;
    }

    CustomerDetails toDetails() {
        return new CustomerDetails(id, name, email);
    }

}
