package dev.ficus.shop.inventory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReservationRepository extends JpaRepository<Reservation, Long> {

    List<Reservation> findByOrderIdOrderByProductId(long orderId);

}
