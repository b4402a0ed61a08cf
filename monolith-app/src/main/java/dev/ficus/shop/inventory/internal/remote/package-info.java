/**
 * The inventory served by the extracted inventory service, over HTTP.
 */
@NullMarked
package dev.ficus.shop.inventory.internal.remote;

import org.jspecify.annotations.NullMarked;
