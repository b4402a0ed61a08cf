/**
 * Inventory: stock on hand and reservations per product. Orders reserve, commit and
 * release stock through {@link dev.ficus.shop.inventory.Inventory}; every change is
 * announced as a published {@code StockChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory", allowedDependencies = "catalog")
@NullMarked
package dev.ficus.shop.inventory;

import org.jspecify.annotations.NullMarked;
