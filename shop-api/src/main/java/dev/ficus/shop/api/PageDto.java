package dev.ficus.shop.api;

import java.util.List;

/**
 * One page of a paged listing, with the paging facts a client needs to ask for the next
 * one.
 */
public record PageDto<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public PageDto {
        content = List.copyOf(content);
    }
}
