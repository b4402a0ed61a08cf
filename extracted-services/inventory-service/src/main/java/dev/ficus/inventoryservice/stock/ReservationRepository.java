package dev.ficus.inventoryservice.stock;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored reservations by order. */
interface ReservationRepository extends JpaRepository<Reservation, Long> {

    List<Reservation> findByOrderIdOrderByProductId(long orderId);
}
