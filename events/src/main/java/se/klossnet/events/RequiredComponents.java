package se.klossnet.events;

import jakarta.annotation.Nullable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The decoder's side of the schemas' {@code required} lists: every record component is required unless it is
 * marked {@link Nullable}. Jackson alone would turn a missing field into a null, which a consumer would only
 * notice later as a retried {@code NullPointerException} instead of a dead letter.
 */
final class RequiredComponents {

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private RequiredComponents() {
    }

    /** The path of the first required value that is null, e.g. {@code host.sector} or {@code partners[1]}. */
    static Optional<String> firstMissing(Object value) {
        return Optional.ofNullable(firstMissing(value, ""));
    }

    private static String firstMissing(Object value, String path) {
        if (value instanceof Record) {
            for (RecordComponent component : COMPONENTS.get(value.getClass())) {
                Object child = valueOf(component, value);
                String childPath = path + component.getName();
                String missing = child == null
                        ? component.isAnnotationPresent(Nullable.class) ? null : childPath
                        : firstMissing(child, childPath + ".");
                if (missing != null) {
                    return missing;
                }
            }
        } else if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                String missing = firstMissingElement(item, trimDot(path) + "[" + index++ + "]");
                if (missing != null) {
                    return missing;
                }
            }
        } else if (value instanceof Map<?, ?> entries) {
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                String missing = firstMissingElement(entry.getValue(), trimDot(path) + "[" + entry.getKey() + "]");
                if (missing != null) {
                    return missing;
                }
            }
        }
        return null;
    }

    private static String firstMissingElement(Object element, String path) {
        return element == null ? path : firstMissing(element, path + ".");
    }

    private static String trimDot(String path) {
        return path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
    }

    private static Object valueOf(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
