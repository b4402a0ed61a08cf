/**
 * Settings without a restart: the monolith's and each service's settings file
 * ({@code ficus.settings.file}), read at start on top of every other property source and
 * again whenever it changes, checked against every setting it touches before it is
 * applied through Spring Cloud Context's refresh, audited with one log line; a broken
 * file is refused with one log line and the last good settings stay.
 */
@NullMarked
package dev.ficus.livesettings;

import org.jspecify.annotations.NullMarked;
