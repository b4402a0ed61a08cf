/**
 * Orders's implementation: hidden from the other modules.
 */
@NullMarked
package dev.ficus.shop.orders.internal;

import org.jspecify.annotations.NullMarked;
