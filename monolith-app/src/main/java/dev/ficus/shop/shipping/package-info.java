/**
 * Shipping: hands paid orders to the (simulated) carrier and announces
 * {@code OrderShipped}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shipping")
package dev.ficus.shop.shipping;
