/**
 * Problem details for every error of a servlet app, and the body size and strict JSON
 * limits.
 */
@NullMarked
package dev.ficus.problemdetails;

import org.jspecify.annotations.NullMarked;
