package dev.ficus.shop.payments.internal;

import dev.ficus.shop.payments.PaymentRequest;
import dev.ficus.shop.payments.Payments;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authorises order totals with the provider, at most once per order, and records the
 * outcome.
 */
@Service
@Transactional
public class PaymentManagement implements Payments {

    private final PaymentRepository payments;

    private final PaymentProvider provider;

    private final ApplicationEventPublisher events;

    PaymentManagement(PaymentRepository payments, PaymentProvider provider, ApplicationEventPublisher events) {
        this.payments = payments;
        this.provider = provider;
        this.events = events;
    }

    @Override
    public void authorize(PaymentRequest request) {
        // A redelivered request (e.g. after a crash) must not charge twice: repeat the
        // recorded outcome instead.
        Payment payment = payments.findByOrderId(request.orderId())
            .orElseGet(() -> payments.save(new Payment(request.orderId(), request.customerId(), request.amount(),
                    provider.authorize(request.orderId(), request.amount()), Instant.now())));
        events.publishEvent(payment.outcome());
    }

    @Transactional(readOnly = true)
    public Optional<PaymentDto> paymentOf(long orderId) {
        return payments.findByOrderId(orderId).map(Payment::toDto);
    }

}
