package dev.ficus.shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.ficus.shop.api.MoneyDto;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyUnitTests {

    @Test
    void addsAndMultipliesKeepingTwoDecimals() {
        assertThat(Money.euros("4.5").times(3).plus(Money.euros("0.25"))).isEqualTo(Money.euros("13.75"));
        assertThat(Money.euros("4.5").amount().scale()).isEqualTo(2);
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.euros("1.00").plus(Money.zero("USD")))
            .withMessage("cannot add USD to EUR");
    }

    @Test
    void rejectsNegativeAmountsAndUnknownCurrencyCodesAndFractionsOfCents() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.euros("-0.01"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Money(BigDecimal.ONE, "euro"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.euros("0.001"));
    }

    @Test
    void convertsToAndFromTheWireFormat() {
        MoneyDto dto = new MoneyDto(new BigDecimal("12.50"), "EUR");

        assertThat(Money.of(dto).toDto()).isEqualTo(dto);
        assertThat(Money.of(dto)).hasToString("12.50 EUR");
    }

}
