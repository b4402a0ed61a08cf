package dev.ficus.shop.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.shop.ScenarioTimeout;
import dev.ficus.shop.catalog.Money;
import dev.ficus.shop.payments.internal.PaymentManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * Payments on their own: an authorisation is announced and recorded, and never charged
 * twice.
 */
@ApplicationModuleTest
@ExtendWith(ScenarioTimeout.class)
class PaymentsIntegrationTests {

    @Autowired
    private PaymentManagement payments;

    @Test
    void announcesAnAuthorisedPayment(Scenario scenario) {
        Money amount = Money.euros("42.50");

        scenario.stimulate(() -> payments.authorize(new PaymentRequest(7, 3, amount)))
            .andWaitForEventOfType(PaymentAuthorized.class)
            .matching(event -> event.orderId() == 7)
            .toArriveAndVerify(event -> {
                assertThat(event.amount()).isEqualTo(amount);
                assertThat(payments.paymentOf(7)).hasValueSatisfying(payment -> {
                    assertThat(payment.id()).isEqualTo(event.paymentId());
                    assertThat(payment.status()).isEqualTo("AUTHORIZED");
                    assertThat(payment.providerReference()).isEqualTo("SIM-00000007");
                });
            });
    }

    @Test
    void repeatsTheFirstOutcomeWhenAskedAgainForTheSameOrder(Scenario scenario) {
        payments.authorize(new PaymentRequest(8, 3, Money.euros("10.00")));
        long firstPayment = payments.paymentOf(8).orElseThrow().id();

        scenario.stimulate(() -> payments.authorize(new PaymentRequest(8, 3, Money.euros("10.00"))))
            .andWaitForEventOfType(PaymentAuthorized.class)
            .matching(event -> event.orderId() == 8)
            .toArriveAndVerify(event -> assertThat(event.paymentId()).isEqualTo(firstPayment));
    }

}
