package se.klossnet.call.common;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import se.klossnet.platform.problem.ValidationFailed;

/**
 * The {@code sort} query parameter of list endpoints: a field name, ascending, or {@code -name}, descending. Only the
 * names a list offers are accepted, so a client cannot sort by (or probe) columns it should not see.
 */
public final class Sorting {

    private Sorting() {
    }

    /**
     * @param value    the parameter as sent, e.g. {@code -closesAt}; null or blank takes {@code fallback}
     * @param allowed  the API names a list offers, mapped to the entity attribute they sort by
     * @param fallback the default, in the same syntax
     * @return the sort, with the id as tie-breaker so that pages never overlap
     */
    public static Sort parse(String value, Map<String, String> allowed, String fallback) {
        String spec = value == null || value.isBlank() ? fallback : value.strip();
        boolean descending = spec.startsWith("-");
        String name = descending ? spec.substring(1) : spec;
        String attribute = allowed.get(name);
        if (attribute == null) {
            throw new ValidationFailed("sort", "must be one of " + String.join(", ", allowed.keySet().stream().sorted().toList())
                    + ", optionally prefixed with - for descending order");
        }
        Sort sort = descending ? Sort.descending(attribute) : Sort.ascending(attribute);
        return sort.and("id");
    }
}
