package dev.ficus.shop.inventory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReservationRepository extends JpaRepository<Reservation, Long> {

    List<Reservation> findByOrderIdOrderByProductId(long orderId);

    /**
     * Settles a reservation row that is still held; 0 when it is settled already, also by
     * a call that ran at the same time (the row lock makes that one wait, and it finds
     * the row settled).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Reservation r set r.status = :outcome where r.id = :id and r.status = :held")
    int settleIfHeld(long id, String outcome, String held);

}
