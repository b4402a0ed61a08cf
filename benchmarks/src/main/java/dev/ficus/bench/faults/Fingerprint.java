package dev.ficus.bench.faults;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The part of a shop answer that must not change unless the harness changed it: what a
 * read is compared with and what a read-back after recovery must show. Fields the shop
 * changes on its own (an order's status, reserved stock) are left out.
 */
public enum Fingerprint {

    /** {@code sku|name|amount currency} of a {@code ProductDto}. */
    PRODUCT {
        @Override
        String of(JsonNode body) {
            JsonNode price = body.path("price");
            return body.path("sku").asString() + "|" + body.path("name").asString() + "|"
                    + (price.path("amount").isNumber()
                            ? price.path("amount").decimalValue().stripTrailingZeros().toPlainString() : "?")
                    + " " + price.path("currency").asString();
        }
    },

    /** {@code onHand} of a {@code StockLevelDto}. */
    STOCK {
        @Override
        String of(JsonNode body) {
            return "onHand=" + body.path("onHand").asLong(-1);
        }
    },

    /**
     * {@code customer|product x quantity,...} of an {@code OrderDto}, lines in product
     * order.
     */
    ORDER {
        @Override
        String of(JsonNode body) {
            List<String> lines = new ArrayList<>();
            body.path("lines")
                .forEach(line -> lines.add(line.path("productId").asLong() + "x" + line.path("quantity").asLong()));
            lines.sort(null);
            return "customer=" + body.path("customerId").asLong() + "|" + String.join(",", lines);
        }
    };

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The fingerprint of a JSON answer, or {@code "unreadable"} when it is not the
     * expected JSON.
     */
    public String of(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node.isObject() ? of(node) : UNREADABLE;
        }
        catch (JacksonException | IllegalArgumentException ex) {
            return UNREADABLE;
        }
    }

    public static final String UNREADABLE = "unreadable";

    abstract String of(JsonNode body);

    /** The fingerprint of a stock level the harness set. */
    public static String stock(long onHand) {
        return "onHand=" + onHand;
    }

}
