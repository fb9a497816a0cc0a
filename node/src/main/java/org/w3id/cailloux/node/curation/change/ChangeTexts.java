package org.w3id.cailloux.node.curation.change;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.node.vocabulary.SemanticVersion;

/**
 * New labels, definition or notes of a concept: for each property and language given, its texts in that language
 * become those given (an empty list removes them); what is not given stays.
 */
public record ChangeTexts(String concept, Map<String, Texts> texts) implements Change {

    /** The properties a change of texts may touch, by their JSON names. */
    public static final Map<String, Node> PROPERTIES = properties();

    public ChangeTexts {
        texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    @Override
    public String kind() {
        return "change-texts";
    }

    @Override
    public void apply(Graph g) {
        Node c = Skos.iri(concept);
        texts.forEach((name, values) -> values.replaceIn(g, c, PROPERTIES.get(name)));
    }

    @Override
    public Set<String> subjects() {
        return Set.of(concept);
    }

    @Override
    public Set<String> references() {
        return Set.of();
    }

    /** Labels and notes are words, not meaning: a patch, unless a preferred label changes, which readers see. */
    @Override
    public SemanticVersion.Bump bump() {
        return texts.containsKey("prefLabel") ? SemanticVersion.Bump.MINOR : SemanticVersion.Bump.PATCH;
    }

    @Override
    public String title(String language, Labels labels) {
        String what = String.join(", ", texts.keySet());
        return language.equals("en") ? "New " + what + " for “" + labels.of(concept, "en") + "”"
                : "Nouveaux textes (" + what + ") pour « " + labels.of(concept, "fr") + " »";
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind());
        json.put("concept", concept);
        texts.forEach((name, values) -> json.put(name, values.toJson(ChangeReader.SINGLE_TEXTS.contains(name))));
        return json;
    }

    private static Map<String, Node> properties() {
        Map<String, Node> p = new LinkedHashMap<>();
        p.put("prefLabel", SKOS.prefLabel.asNode());
        p.put("altLabel", SKOS.altLabel.asNode());
        p.put("hiddenLabel", SKOS.hiddenLabel.asNode());
        p.put("definition", SKOS.definition.asNode());
        p.put("scopeNote", SKOS.scopeNote.asNode());
        p.put("example", SKOS.example.asNode());
        p.put("note", SKOS.note.asNode());
        return java.util.Collections.unmodifiableMap(p);
    }
}
