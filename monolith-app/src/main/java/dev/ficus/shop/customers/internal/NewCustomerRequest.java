package dev.ficus.shop.customers.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/customers}. */
record NewCustomerRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Email @Size(max = 200) String email) {
}
