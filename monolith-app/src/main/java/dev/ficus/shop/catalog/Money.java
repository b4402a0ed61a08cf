package dev.ficus.shop.catalog;

import dev.ficus.shop.api.MoneyDto;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in one currency, always with two decimals. Born in the catalog for
 * prices and then borrowed by orders and payments: the shared value type a real monolith
 * grows.
 */
@Embeddable
public record Money(BigDecimal amount, String currency) {

    /** The currency the shop sells in unless told otherwise. */
    public static final String EUR = "EUR";

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("money cannot be negative: " + amount);
        }
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: " + currency);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("money has at most two decimals: " + amount);
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money euros(String amount) {
        return new Money(new BigDecimal(amount), EUR);
    }

    public static Money of(MoneyDto dto) {
        return new Money(dto.amount(), dto.currency());
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    public MoneyDto toDto() {
        return new MoneyDto(amount, currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
