package dev.ficus.shop.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.shop.ScenarioTimeout;
import dev.ficus.shop.customers.internal.CustomerManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** Customers on their own: sign-up is announced, seeded customers are there. */
@ApplicationModuleTest
@ExtendWith(ScenarioTimeout.class)
class CustomersIntegrationTests {

    @Autowired
    private CustomerManagement customers;

    @Test
    void announcesASignUp(Scenario scenario) {
        scenario.stimulate(() -> customers.register("Grace", "grace@example.com"))
            .andWaitForEventOfType(CustomerRegistered.class)
            .toArriveAndVerify(event -> {
                assertThat(event.email()).isEqualTo("grace@example.com");
                assertThat(customers.findCustomer(event.customerId()))
                    .contains(new CustomerDetails(event.customerId(), "Grace", "grace@example.com"));
            });
    }

    @Test
    void findsSeededCustomersByTheirIds() {
        assertThat(customers.findCustomer(3)).contains(new CustomerDetails(3, "Customer 3", "customer-3@example.com"));
        assertThat(customers.findCustomer(99_999)).isEmpty();
    }

}
