/**
 * Catalog's implementation: hidden from the other modules.
 */
@NullMarked
package dev.ficus.shop.catalog.internal;

import org.jspecify.annotations.NullMarked;
