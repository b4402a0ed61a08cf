package dev.ficus.shop.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.ficus.shop.catalog.Money;
import dev.ficus.shop.payments.internal.PaymentProvider.ProviderResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SimulatedPaymentProviderUnitTests {

    @Test
    void approvesEverythingWithoutFailures() {
        SimulatedPaymentProvider provider = provider(0.0, 1);

        assertThat(provider.authorize(42, Money.euros("9.99"))).isEqualTo(ProviderResponse.approved("SIM-00000042"));
    }

    @Test
    void declinesEverythingAtAFailureRateOfOne() {
        SimulatedPaymentProvider provider = provider(1.0, 1);

        assertThat(provider.authorize(42, Money.euros("9.99")).approved()).isFalse();
    }

    @Test
    void repeatsItsDecisionsForTheSameSeed() {
        assertThat(decisions(provider(0.5, 7))).isEqualTo(decisions(provider(0.5, 7))).contains(true, false);
    }

    @Test
    void rejectsAFailureRateOutsideZeroToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PaymentsProperties(Duration.ZERO, 1.5, 1))
            .withMessageContaining("failure-rate");
    }

    private static List<Boolean> decisions(SimulatedPaymentProvider provider) {
        return IntStream.range(0, 20).mapToObj(i -> provider.authorize(i, Money.euros("1.00")).approved()).toList();
    }

    private static SimulatedPaymentProvider provider(double failureRate, long seed) {
        return new SimulatedPaymentProvider(new PaymentsProperties(Duration.ZERO, failureRate, seed));
    }

}
