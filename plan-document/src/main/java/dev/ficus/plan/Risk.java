package dev.ficus.plan;

/**
 * Something that makes an extraction harder or riskier, said in plain words.
 *
 * @param kind short tag: {@code cycle}, {@code shared-table}, {@code god-class}
 * @param message what it is and what to do about it
 */
public record Risk(String kind, String message) {
}
