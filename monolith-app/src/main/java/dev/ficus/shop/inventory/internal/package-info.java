/**
 * Inventory's implementation: hidden from the other modules.
 */
@NullMarked
package dev.ficus.shop.inventory.internal;

import org.jspecify.annotations.NullMarked;
