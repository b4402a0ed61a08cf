package dev.ficus.shop.payments.internal;

import dev.ficus.shop.catalog.Money;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * A stand-in for a card processor: answers after {@code latency} and declines
 * {@code failureRate} of requests.
 */
@Component
class SimulatedPaymentProvider implements PaymentProvider {

    private final PaymentsProperties properties;

    private final Random random;

    SimulatedPaymentProvider(PaymentsProperties properties) {
        this.properties = properties;
        this.random = new Random(properties.seed());
    }

    @Override
    public ProviderResponse authorize(long orderId, Money amount) {
        pause();
        if (nextDouble() < properties.failureRate()) {
            return ProviderResponse.declined("Declined by the simulated provider");
        }
        return ProviderResponse.approved("SIM-%08d".formatted(orderId));
    }

    private synchronized double nextDouble() {
        return random.nextDouble();
    }

    private void pause() {
        try {
            Thread.sleep(properties.latency().toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the payment provider", e);
        }
    }

}
