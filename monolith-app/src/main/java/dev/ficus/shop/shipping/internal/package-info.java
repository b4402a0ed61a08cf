/**
 * Shipping's implementation: hidden from the other modules.
 */
@NullMarked
package dev.ficus.shop.shipping.internal;

import org.jspecify.annotations.NullMarked;
