package dev.ficus.shop.customers.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    boolean existsByEmail(String email);

}
