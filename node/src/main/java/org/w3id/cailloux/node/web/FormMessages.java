package org.w3id.cailloux.node.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The messages of the staff form: those next to a field, by field name, and those about the whole form. */
final class FormMessages {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    /** Adds a message next to the field {@code name}, once. */
    void error(String name, String message) {
        List<String> list = byField.computeIfAbsent(name, k -> new ArrayList<>());
        if (!list.contains(message)) {
            list.add(message);
        }
    }

    /** Adds a message about the whole form. */
    void general(String message) {
        general.add(message);
    }

    List<String> of(String name) {
        return byField.getOrDefault(name, List.of());
    }

    boolean has(String name) {
        return byField.containsKey(name);
    }

    /** Every message by field, in the order they were added. */
    Map<String, List<String>> byField() {
        return byField;
    }

    List<String> general() {
        return general;
    }

    boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }
}
