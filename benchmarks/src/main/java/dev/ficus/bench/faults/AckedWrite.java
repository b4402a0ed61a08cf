package dev.ficus.bench.faults;

/**
 * A write the shop acknowledged (2xx) through the gateway, with what a read-back from its
 * owner must show.
 *
 * @param kind {@code create-product}, {@code set-stock} or {@code place-order}
 * @param id the id the answer gave (created product or order), or the product whose stock
 * was set
 * @param fingerprint the {@link Fingerprint} the stored record must have
 * @param servedBy the gateway's {@code X-Ficus-Served-By} on the acknowledgement, else
 * empty
 * @param creates whether the write created a record with a new id (so a second one with
 * the same id is reuse)
 */
public record AckedWrite(String kind, long id, String fingerprint, String servedBy, boolean creates) {
}
