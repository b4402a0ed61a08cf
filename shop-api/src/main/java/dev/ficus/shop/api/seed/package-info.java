/**
 * The deterministic demo data set every application loads.
 */
@NullMarked
package dev.ficus.shop.api.seed;

import org.jspecify.annotations.NullMarked;
