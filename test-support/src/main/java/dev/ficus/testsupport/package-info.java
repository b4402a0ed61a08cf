/**
 * The real PostgreSQL and RabbitMQ servers tests run against, when the machine has them.
 */
@NullMarked
package dev.ficus.testsupport;

import org.jspecify.annotations.NullMarked;
