package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Items cut into consecutive groups whose request text fits a length: a node refuses a query longer than its
 * {@code cailloux.sparql.max-query-length}, so what would be one request too long becomes several that fit.
 */
final class Packing {

    private Packing() {}

    /**
     * The items in order, in as few groups as keep {@code length} of each group at most {@code max}; an item too
     * long even alone is a group of its own (its node may still accept it: its limit is its own).
     */
    static <T> List<List<T>> packed(List<T> items, ToIntFunction<List<T>> length, int max) {
        List<List<T>> groups = new ArrayList<>();
        List<T> current = new ArrayList<>();
        for (T item : items) {
            current.add(item);
            if (current.size() > 1 && length.applyAsInt(current) > max) {
                current.removeLast();
                groups.add(current);
                current = new ArrayList<>(List.of(item));
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }
}
