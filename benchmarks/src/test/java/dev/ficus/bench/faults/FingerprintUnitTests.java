package dev.ficus.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintUnitTests {

    @Test
    void keepsWhatTheHarnessWroteOfAProductAndIgnoresTheRest() {
        String answer = """
                {"id": 12, "sku": "LAMP-1", "name": "Desk lamp", "description": "Warm light", "category": "office",
                 "price": {"amount": 24.50, "currency": "EUR"}}""";

        assertThat(Fingerprint.PRODUCT.of(answer)).isEqualTo("LAMP-1|Desk lamp|24.5 EUR");
    }

    @Test
    void tellsProductsWithAnotherPriceApart() {
        String cheaper = """
                {"sku": "LAMP-1", "name": "Desk lamp", "price": {"amount": 24.49, "currency": "EUR"}}""";

        assertThat(Fingerprint.PRODUCT.of(cheaper)).isNotEqualTo("LAMP-1|Desk lamp|24.5 EUR");
    }

    @Test
    void keepsOnHandOfAStockLevelAndIgnoresReservations() {
        assertThat(Fingerprint.STOCK.of("{\"productId\": 5, \"onHand\": 45, \"reserved\": 3, \"available\": 42}"))
            .isEqualTo(Fingerprint.stock(45));
    }

    @Test
    void keepsCustomerAndLinesOfAnOrderInProductOrderAndIgnoresItsStatus() {
        String answer = """
                {"id": 1, "customerId": 3, "status": "SHIPPED", "lines": [
                  {"productId": 9, "quantity": 1}, {"productId": 5, "quantity": 2}]}""";

        assertThat(Fingerprint.ORDER.of(answer)).isEqualTo("customer=3|5x2,9x1");
    }

    @Test
    void marksAnswersThatAreNoJsonObjectUnreadable() {
        assertThat(Fingerprint.STOCK.of("<html>Whitelabel Error Page</html>")).isEqualTo(Fingerprint.UNREADABLE);
        assertThat(Fingerprint.PRODUCT.of("[]")).isEqualTo(Fingerprint.UNREADABLE);
    }

}
