package dev.ficus.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class WriteAuditUnitTests {

    private static final String LAMP = "LAMP-1|Desk lamp|24.5 EUR";

    private static final String CHAIR = "CHAIR-1|Chair|80 EUR";

    @Test
    void countsWriteTheOwnerShowsAsAcknowledgedAsStored() {
        WriteAudit audit = WriteAudit.of(List.of(create(7, LAMP)), write -> owner(LAMP));

        assertThat(audit).isEqualTo(new WriteAudit(1, 1, 0, 0, 0, List.of()));
    }

    @Test
    void countsWriteShownOnlyByTheMonolithsCopyAsSplit() {
        AckedWrite stock = new AckedWrite(FaultMix.SET_STOCK, 903, "onHand=500", "monolith", false);

        WriteAudit audit = WriteAudit.of(List.of(stock),
                write -> new Readback(Optional.of("onHand=11"), Optional.of("onHand=500")));

        assertThat(audit.split()).isEqualTo(1);
        assertThat(audit.stored()).isZero();
        assertThat(audit.lost()).isZero();
        assertThat(audit.examples()).containsExactly(
                "split: set-stock 903 acknowledged as [onHand=500] (served by monolith), owner shows onHand=11, "
                        + "another database has it");
    }

    @Test
    void countsWriteNoDatabaseShowsAsLost() {
        WriteAudit audit = WriteAudit.of(List.of(create(7, LAMP)), write -> Readback.ownerOnly(Optional.empty()));

        assertThat(audit.lost()).isEqualTo(1);
        assertThat(audit.examples()).containsExactly(
                "lost: create-product 7 acknowledged as [" + LAMP + "] (served by service), owner shows " + "nothing");
    }

    @Test
    void countsWriteWhoseOwnerShowsOtherContentAsLost() {
        WriteAudit audit = WriteAudit.of(List.of(create(7, LAMP)), write -> owner(CHAIR));

        assertThat(audit.lost()).isEqualTo(1);
        assertThat(audit.stored()).isZero();
    }

    @Test
    void countsEverySecondCreateOfAnotherRecordWithTheSameIdAsReused() {
        List<AckedWrite> writes = List.of(create(7, LAMP), create(7, CHAIR), create(7, "DESK-1|Desk|100 EUR"),
                create(8, LAMP));
        Map<Long, String> shown = Map.of(7L, CHAIR, 8L, LAMP);

        WriteAudit audit = WriteAudit.of(writes, write -> owner(shown.get(write.id())));

        assertThat(audit.idsReused()).isEqualTo(2);
        assertThat(audit.acknowledged()).isEqualTo(4);
        assertThat(audit.stored()).isEqualTo(2);
        assertThat(audit.lost()).isEqualTo(2);
        assertThat(audit.examples())
            .contains("id reused: create-product 7 acknowledged for [" + CHAIR + "], earlier for another record");
    }

    @Test
    void countsIdAcknowledgedInAnEarlierPhaseForAnotherRecordAsReused() {
        List<AckedWrite> earlier = List.of(create(7, LAMP), create(8, CHAIR));

        WriteAudit audit = WriteAudit.of(List.of(create(7, CHAIR), create(9, LAMP)), earlier,
                write -> owner(write.fingerprint()));

        assertThat(audit.idsReused()).isEqualTo(1);
        assertThat(audit.acknowledged()).as("earlier writes are not audited again").isEqualTo(2);
        assertThat(audit.stored()).isEqualTo(2);
    }

    @Test
    void doesNotCountTheSameRecordAcknowledgedAgainAsReuse() {
        WriteAudit audit = WriteAudit.of(List.of(create(7, LAMP)), List.of(create(7, LAMP)), write -> owner(LAMP));

        assertThat(audit.idsReused()).isZero();
    }

    @Test
    void doesNotCountOrdersAndProductsWithTheSameNumberAsReuse() {
        List<AckedWrite> writes = List.of(create(7, LAMP),
                new AckedWrite(FaultMix.PLACE_ORDER, 7, "customer=1|41x1", "monolith", true));

        assertThat(WriteAudit.of(writes, write -> owner(write.fingerprint())).idsReused()).isZero();
    }

    @Test
    void doesNotCountStockSetsOfOneProductAsReuse() {
        List<AckedWrite> writes = List.of(new AckedWrite(FaultMix.SET_STOCK, 200, "onHand=1", "service", false),
                new AckedWrite(FaultMix.SET_STOCK, 200, "onHand=2", "service", false));

        WriteAudit audit = WriteAudit.of(writes, write -> owner("onHand=2"));

        assertThat(audit.idsReused()).isZero();
        assertThat(audit.stored()).isEqualTo(1);
        assertThat(audit.lost()).isEqualTo(1);
    }

    @Test
    void listsAtMostFiveExamples() {
        List<AckedWrite> writes = java.util.stream.LongStream.rangeClosed(1, 9)
            .mapToObj(id -> create(id, LAMP))
            .toList();

        WriteAudit audit = WriteAudit.of(writes, write -> Readback.ownerOnly(Optional.empty()));

        assertThat(audit.lost()).isEqualTo(9);
        assertThat(audit.examples()).hasSize(WriteAudit.EXAMPLES_MAX);
    }

    private static AckedWrite create(long id, String fingerprint) {
        return new AckedWrite(FaultMix.CREATE_PRODUCT, id, fingerprint, "service", true);
    }

    private static Readback owner(String fingerprint) {
        return Readback.ownerOnly(Optional.of(fingerprint));
    }

}
