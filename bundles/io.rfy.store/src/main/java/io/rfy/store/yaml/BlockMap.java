package io.rfy.store.yaml;

import java.util.LinkedHashMap;

/**
 * A mapping that is always written in block style ({@code key: value} lines). Any other {@code Map} in a
 * tree is written in flow style ({@code {a: 1, b: 2}}) when all its values are scalars, as the workspace
 * format writes links and cross-links.
 */
public final class BlockMap extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    /** Puts the value unless it is null or an empty list, so optional keys are left out of new text. */
    public BlockMap putOptional(String key, Object value) {
        if (value != null && !(value instanceof java.util.Collection<?> c && c.isEmpty())) {
            put(key, value);
        }
        return this;
    }
}
