package dev.ficus.shop.inventory.internal.remote;

import dev.ficus.shop.api.inventory.ReservationLine;
import dev.ficus.shop.api.inventory.StockReservationDto;
import dev.ficus.shop.api.inventory.StockReservationRequest;
import dev.ficus.shop.catalog.ProductNotFoundException;
import dev.ficus.shop.extraction.RemoteCapability;
import dev.ficus.shop.inventory.InsufficientStockException;
import dev.ficus.shop.inventory.Inventory;
import dev.ficus.shop.inventory.StockItem;
import dev.ficus.shop.inventory.StockReserved;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The inventory API answered by the extracted inventory service
 * ({@code /api/inventory/reservations/**}). Every call is idempotent by order id, so all
 * are retried. The service's problems become the module's exceptions (409 →
 * {@link InsufficientStockException}, 404 on reserving →
 * {@link ProductNotFoundException}), and a reservation announces {@link StockReserved}
 * here as the in-process inventory does, so the order process goes on unchanged.
 */
class RemoteInventory implements Inventory {

    private final RemoteCapability service;

    private final ApplicationEventPublisher events;

    RemoteInventory(RemoteCapability service, ApplicationEventPublisher events) {
        this.service = service;
        this.events = events;
    }

    @Override
    public void reserve(long orderId, List<StockItem> items) {
        List<StockItem> merged = StockItem.merge(items);
        StockReservationRequest request = new StockReservationRequest(orderId,
                merged.stream().map(item -> new ReservationLine(item.productId(), item.quantity())).toList());
        try {
            service.idempotent(client -> client.post()
                .uri("/api/inventory/reservations")
                .body(request)
                .retrieve()
                .body(StockReservationDto.class));
        }
        catch (HttpClientErrorException.Conflict e) {
            throw new InsufficientStockException(detail(e));
        }
        catch (HttpClientErrorException.NotFound e) {
            throw new ProductNotFoundException(detail(e));
        }
        events.publishEvent(new StockReserved(orderId, merged));
    }

    @Override
    public void commit(long orderId) {
        settle(orderId, "commit");
    }

    @Override
    public void release(long orderId) {
        settle(orderId, "release");
    }

    /** Like in-process, settling an order without a reservation (404) changes nothing. */
    private void settle(long orderId, String action) {
        try {
            service.idempotent(client -> client.post()
                .uri("/api/inventory/reservations/{orderId}/{action}", orderId, action)
                .retrieve()
                .toBodilessEntity());
        }
        catch (HttpClientErrorException.NotFound e) {
            // nothing was reserved for the order
        }
    }

    private static String detail(HttpClientErrorException answer) {
        ProblemDetail problem = answer.getResponseBodyAs(ProblemDetail.class);
        return problem == null || problem.getDetail() == null ? answer.getStatusText() : problem.getDetail();
    }

}
