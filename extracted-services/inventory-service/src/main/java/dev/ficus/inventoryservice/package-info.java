/**
 * The inventory service's application: the monolith's inventory module run on its own.
 */
@NullMarked
package dev.ficus.inventoryservice;

import org.jspecify.annotations.NullMarked;
