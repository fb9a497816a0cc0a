package org.w3id.cailloux.node.publishing.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one object of a JSON tree ({@code Map}/{@code List}/{@code String}/{@code Number}/{@code Boolean})
 * strictly: every field it does not know and every value of the wrong JSON type is reported with its
 * path ({@code means[1].amount}), and all errors are collected before anything is thrown.
 * A field that is absent or {@code null} has no value.
 */
final class JsonObjectReader {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$");

    private final Map<?, ?> map;
    private final String path;
    private final List<String> errors;

    private JsonObjectReader(Map<?, ?> map, String path, List<String> errors, List<String> known) {
        this.map = map;
        this.path = path;
        this.errors = errors;
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                errors.add("unknown field '" + pathOf(String.valueOf(key)) + "'; known fields "
                        + (path.isEmpty() ? "" : "in " + path + " ") + "are: " + String.join(", ", known));
            }
        }
    }

    /** The reader of the root object, or null (with an error) when the tree is not an object. */
    static JsonObjectReader root(Object json, List<String> known, List<String> errors) {
        if (json instanceof Map<?, ?> map) {
            return new JsonObjectReader(map, "", errors, known);
        }
        errors.add("the experiment must be a JSON object, not " + describe(json));
        return null;
    }

    /** The path of one of this object's fields. */
    String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** Records an error about a field of this object. */
    void error(String field, String message) {
        errors.add(pathOf(field) + ": " + message);
    }

    boolean has(String field) {
        return map.get(field) != null;
    }

    String text(String field) {
        return as(map.get(field), pathOf(field), String.class, "text");
    }

    Boolean bool(String field) {
        return as(map.get(field), pathOf(field), Boolean.class, "true or false");
    }

    Number number(String field) {
        Number number = as(map.get(field), pathOf(field), Number.class, "a number");
        if (number instanceof Double d && !Double.isFinite(d) || number instanceof Float f && !Float.isFinite(f)) {
            error(field, "expected a finite number");
            return null;
        }
        return number;
    }

    /** A language map: language tag to text; an empty key stands for text without a language. */
    Map<String, String> langMap(String field) {
        Map<?, ?> raw = as(map.get(field), pathOf(field), Map.class, "an object of texts by language, e.g. {\"fr\": \"...\"}");
        Map<String, String> texts = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((key, value) -> {
                String language = String.valueOf(key);
                String at = pathOf(field) + "." + language;
                if (!language.isEmpty() && !LANGUAGE_TAG.matcher(language).matches()) {
                    errors.add(at + ": '" + language + "' is not a language tag (e.g. fr, en, fr-BE)");
                } else {
                    String text = as(value, at, String.class, "text");
                    if (text != null) {
                        texts.put(language, text);
                    }
                }
            });
        }
        return texts;
    }

    /** The items of a list, each with its path; a missing list has none. */
    List<Item> items(String field) {
        List<?> raw = as(map.get(field), pathOf(field), List.class, "a list");
        List<Item> items = new ArrayList<>();
        if (raw != null) {
            for (int i = 0; i < raw.size(); i++) {
                items.add(new Item(raw.get(i), pathOf(field) + "[" + i + "]"));
            }
        }
        return items;
    }

    /** A list of texts. */
    List<String> texts(String field) {
        List<String> texts = new ArrayList<>();
        for (Item item : items(field)) {
            String text = item.text();
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** A nested object, or null when absent or not an object. */
    JsonObjectReader object(String field, List<String> known) {
        return new Item(map.get(field), pathOf(field)).object(known);
    }

    /** A list of objects; items that are not objects are reported and skipped. */
    List<JsonObjectReader> objects(String field, List<String> known) {
        List<JsonObjectReader> objects = new ArrayList<>();
        for (Item item : items(field)) {
            JsonObjectReader object = item.object(known);
            if (object != null) {
                objects.add(object);
            }
        }
        return objects;
    }

    /** One value of a list, with its path. */
    final class Item {
        private final Object value;
        private final String path;

        Item(Object value, String path) {
            this.value = value;
            this.path = path;
        }

        Object value() {
            return value;
        }

        String path() {
            return path;
        }

        String text() {
            return as(value, path, String.class, "text");
        }

        JsonObjectReader object(List<String> known) {
            Map<?, ?> object = as(value, path, Map.class, "an object with fields " + String.join(", ", known));
            return object == null ? null : new JsonObjectReader(object, path, errors, known);
        }

        void error(String message) {
            errors.add(path + ": " + message);
        }
    }

    private <T> T as(Object value, String at, Class<T> type, String expected) {
        if (value == null) {
            return null;
        }
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        errors.add(at + ": expected " + expected + ", found " + describe(value));
        return null;
    }

    static String describe(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof String s) {
            return "the text \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        } else if (value instanceof Number n) {
            return "the number " + n;
        } else if (value instanceof Boolean b) {
            return b.toString();
        } else if (value instanceof List<?>) {
            return "a list";
        } else if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return "a " + value.getClass().getSimpleName();
    }
}
