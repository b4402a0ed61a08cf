package dev.ficus.shop.orders.internal;

import dev.ficus.shop.inventory.StockItem;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/orders}: placing orders, following them, and the sales report. */
@RestController
@RequestMapping("/api/orders")
class OrderController {

    private final OrderManagement orders;

    private final SalesReport report;

    OrderController(OrderManagement orders, SalesReport report) {
        this.orders = orders;
        this.report = report;
    }

    @PostMapping
    ResponseEntity<OrderDto> place(@Valid @RequestBody PlaceOrderRequest request) {
        List<StockItem> items = request.lines()
            .stream()
            .map(line -> new StockItem(line.productId(), line.quantity()))
            .toList();
        OrderDto order = orders.place(request.customerId(), items);
        return ResponseEntity.created(URI.create("/api/orders/" + order.id())).body(order);
    }

    @GetMapping("/{id}")
    OrderDto get(@PathVariable long id) {
        return orders.find(id);
    }

    @GetMapping("/reports/sales-by-category")
    List<SalesReport.CategorySales> salesByCategory() {
        return report.salesByCategory();
    }

}
