/**
 * Catalog: products, categories and prices. Its API is
 * {@link dev.ficus.shop.catalog.Catalog}; it also owns
 * {@link dev.ficus.shop.catalog.Money}, which the rest of the shop borrows (a known,
 * documented coupling).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
@NullMarked
package dev.ficus.shop.catalog;

import org.jspecify.annotations.NullMarked;
