/**
 * Notifications's implementation: hidden from the other modules.
 */
@NullMarked
package dev.ficus.shop.notifications.internal;

import org.jspecify.annotations.NullMarked;
