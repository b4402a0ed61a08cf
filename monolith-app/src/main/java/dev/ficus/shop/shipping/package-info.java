/**
 * Shipping: hands paid orders to the (simulated) carrier and announces
 * {@code OrderShipped}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shipping")
@NullMarked
package dev.ficus.shop.shipping;

import org.jspecify.annotations.NullMarked;
