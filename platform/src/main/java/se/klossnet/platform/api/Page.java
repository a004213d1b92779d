package se.klossnet.platform.api;

import java.util.List;

/**
 * One page of a list. Every list endpoint pages, so that no response grows with the data.
 *
 * @param items the items of this page
 * @param page  zero-based page number
 * @param size  the page size asked for
 * @param total the number of items across all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {
}
