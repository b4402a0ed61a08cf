/**
 * Customers's implementation: hidden from the other modules.
 */
@NullMarked
package dev.ficus.shop.customers.internal;

import org.jspecify.annotations.NullMarked;
