package dev.ficus.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MigrationProofUnitTests {

    private static final String HEADER = "table                       source rows  target rows  source checksum   "
            + "target checksum   result";

    @Test
    void readsEveryTableOfTheVerificationAndAddsUpItsRows() {
        MigrationProof proof = MigrationProof.of(List.of("inventory_stock            copied 1000 of 1000 rows", HEADER,
                "inventory_stock                    1000         1000  182878e1db6e947a  182878e1db6e947a  match",
                "inventory_reservation                 0            0  0000000000000000  0000000000000000  match",
                "verified: both sides match"));

        assertThat(proof.tables()).extracting(MigrationProof.TableProof::name)
            .containsExactly("inventory_stock", "inventory_reservation");
        assertThat(proof.targetRows()).isEqualTo(1000);
        assertThat(proof.matches()).isTrue();
        assertThat(proof.table()).hasSize(3).first().isEqualTo(HEADER);
    }

    @Test
    void doesNotMatchWhenAChecksumDiffers() {
        MigrationProof proof = MigrationProof.of(List
            .of("inventory_stock                    1000         1000  182878e1db6e947a  182878e1db6e947b  DIFFERENT"));

        assertThat(proof.matches()).isFalse();
    }

    @Test
    void provesNothingWithoutAVerificationTable() {
        assertThat(MigrationProof.of(List.of("migrate-data: cannot connect")).matches()).isFalse();
    }

}
