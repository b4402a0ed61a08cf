/**
 * Payments's implementation: hidden from the other modules.
 */
@NullMarked
package dev.ficus.shop.payments.internal;

import org.jspecify.annotations.NullMarked;
