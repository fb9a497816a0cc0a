package org.w3id.cailloux.node.curation.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Language-tagged texts of one property, by language: {@code {"fr": ["eau"], "en": ["water"]}}. */
public record Texts(Map<String, List<String>> byLanguage) {

    /** No text. */
    public static final Texts NONE = new Texts(Map.of());

    public Texts {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byLanguage.forEach((lang, values) -> copy.put(lang, List.copyOf(values)));
        byLanguage = java.util.Collections.unmodifiableMap(copy);
    }

    /** One text a language. */
    public static Texts single(Map<String, String> texts) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        texts.forEach((lang, text) -> all.put(lang, text == null || text.isEmpty() ? List.of() : List.of(text)));
        return new Texts(all);
    }

    /** The first text in {@code language}, or "". */
    public String first(String language) {
        List<String> values = byLanguage.get(language);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    /** True when no language is given. */
    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    /** Adds every text as {@code subject predicate "text"@lang}. */
    void addTo(Graph graph, Node subject, Node predicate) {
        byLanguage.forEach((lang, values) -> values.forEach(v ->
                graph.add(subject, predicate, NodeFactory.createLiteralLang(v, lang))));
    }

    /** Replaces, for each language given, the subject's texts of that language by those given (none removes them). */
    void replaceIn(Graph graph, Node subject, Node predicate) {
        for (String lang : byLanguage.keySet()) {
            List<org.apache.jena.graph.Triple> old = new ArrayList<>();
            graph.find(subject, predicate, Node.ANY)
                    .filterKeep(t -> t.getObject().isLiteral() && t.getObject().getLiteralLanguage().equalsIgnoreCase(lang))
                    .forEachRemaining(old::add);
            old.forEach(graph::delete);
        }
        addTo(graph, subject, predicate);
    }

    /** The JSON form: a string per language for single texts, a list otherwise. */
    Object toJson(boolean single) {
        Map<String, Object> json = new LinkedHashMap<>();
        byLanguage.forEach((lang, values) -> json.put(lang, single ? (values.isEmpty() ? "" : values.get(0)) : values));
        return json;
    }
}
