/**
 * The Ficus Shop published language: the request/response records and integration events
 * that the monolith and the extracted services share. Nothing but plain records lives
 * here; behaviour stays in the modules and services that own it.
 */
@NullMarked
package dev.ficus.shop.api;

import org.jspecify.annotations.NullMarked;
