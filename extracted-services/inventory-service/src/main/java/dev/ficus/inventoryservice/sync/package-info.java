/**
 * Events in and out: catalog events applied once, inventory events put into the outbox.
 */
@NullMarked
package dev.ficus.inventoryservice.sync;

import org.jspecify.annotations.NullMarked;
