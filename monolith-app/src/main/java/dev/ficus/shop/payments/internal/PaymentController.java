package dev.ficus.shop.payments.internal;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/payments}: what was charged for an order (an empty list while payment is
 * pending).
 */
@RestController
@RequestMapping("/api/payments")
class PaymentController {

    private final PaymentManagement payments;

    PaymentController(PaymentManagement payments) {
        this.payments = payments;
    }

    @GetMapping
    List<PaymentDto> byOrder(@RequestParam long orderId) {
        return payments.paymentOf(orderId).stream().toList();
    }

}
