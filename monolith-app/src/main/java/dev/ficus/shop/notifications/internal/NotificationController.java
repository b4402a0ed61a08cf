package dev.ficus.shop.notifications.internal;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/notifications}: what a customer was told, oldest first. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final Notifier notifier;

    NotificationController(Notifier notifier) {
        this.notifier = notifier;
    }

    @GetMapping
    List<NotificationDto> forCustomer(@RequestParam long customerId) {
        return notifier.sentTo(customerId);
    }

}
