package dev.ficus.shop.orders.internal;

import dev.ficus.shop.api.MoneyDto;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Revenue per catalog category. The query joins the orders' tables with the catalog's
 * directly: quick to write, invisible to the module model, and in the way of giving the
 * catalog a database of its own.
 */
@Component
class SalesReport {

    private static final String SALES_BY_CATEGORY = """
            SELECT c.name AS category, l.unit_price_currency AS currency,
                   SUM(l.quantity) AS units_sold, SUM(l.quantity * l.unit_price_amount) AS revenue
            FROM orders_order_line l
            JOIN orders_order o ON o.id = l.order_id
            JOIN catalog_product p ON p.id = l.product_id
            JOIN catalog_category c ON c.id = p.category_id
            WHERE o.status <> 'CANCELLED'
            GROUP BY c.name, l.unit_price_currency
            ORDER BY c.name, l.unit_price_currency
            """;

    private final JdbcClient jdbc;

    SalesReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CategorySales> salesByCategory() {
        return jdbc.sql(SALES_BY_CATEGORY)
            .query((row, rowNumber) -> new CategorySales(row.getString("category"), row.getLong("units_sold"),
                    new MoneyDto(row.getBigDecimal("revenue").setScale(2), row.getString("currency"))))
            .list();
    }

    /** Units sold and revenue of one category, in one currency. */
    record CategorySales(String category, long unitsSold, MoneyDto revenue) {
    }

}
