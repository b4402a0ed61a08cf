package dev.ficus.shop.shipping.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShipmentRepository extends JpaRepository<Shipment, Long> {

    Optional<Shipment> findByOrderId(long orderId);

}
