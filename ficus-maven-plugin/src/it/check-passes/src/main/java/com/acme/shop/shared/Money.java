package com.acme.shop.shared;

public record Money(long cents) {
}
