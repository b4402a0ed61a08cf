package dev.ficus.shop.payments.internal;

import dev.ficus.shop.catalog.Money;
import dev.ficus.shop.payments.PaymentAuthorized;
import dev.ficus.shop.payments.PaymentDeclined;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One authorisation of an order's total, approved or declined. */
@Entity
@Table(name = "payments_payment")
class Payment {

    /** Outcome of an authorisation. */
    enum Status {

        AUTHORIZED, DECLINED

    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long orderId;

    private long customerId;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    private Money amount;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable String providerReference;

    private @Nullable String declineReason;

    private Instant createdAt;

    protected Payment() {
    }

    Payment(long orderId, long customerId, Money amount, PaymentProvider.ProviderResponse response, Instant createdAt) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.amount = amount;
        this.status = response.approved() ? Status.AUTHORIZED : Status.DECLINED;
        this.providerReference = response.reference();
        this.declineReason = response.declineReason();
        this.createdAt = createdAt;
    }

    /** The event that tells the order process how this payment went. */
    Object outcome() {
        return status == Status.AUTHORIZED ? new PaymentAuthorized(orderId, customerId, id, amount)
                : new PaymentDeclined(orderId, customerId, id,
                        Objects.requireNonNull(declineReason, "declined without a reason"));
    }

    PaymentDto toDto() {
        return new PaymentDto(id, orderId, amount.toDto(), status.name(), providerReference, declineReason);
    }

}
