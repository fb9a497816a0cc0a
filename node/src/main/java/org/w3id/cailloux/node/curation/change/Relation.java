package org.w3id.cailloux.node.curation.change;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.node.vocabulary.SemanticVersion;

/** A SKOS relation added between two concepts, or removed; both directions, when the target is in the vocabulary. */
public record Relation(boolean add, String concept, String relation, String target) implements Change {

    /** A relation by its JSON name: the property, and the inverse stated with it. */
    public record Kind(Node property, Node inverse, boolean mapping) {}

    /** The relations a change may add or remove. */
    public static final Map<String, Kind> KINDS = kinds();

    @Override
    public String kind() {
        return add ? "add-relation" : "remove-relation";
    }

    @Override
    public void apply(Graph g) {
        Kind k = KINDS.get(relation);
        if (add) {
            Skos.link(g, Skos.iri(concept), k.property(), k.inverse(), Skos.iri(target));
        } else {
            Skos.unlink(g, Skos.iri(concept), k.property(), k.inverse(), Skos.iri(target));
        }
    }

    @Override
    public Set<String> subjects() {
        return Set.of(concept);
    }

    @Override
    public Set<String> references() {
        return Set.of(target);
    }

    /** Removing a relation can break what queries relied on: a minor change at least, as adding one is. */
    @Override
    public SemanticVersion.Bump bump() {
        return SemanticVersion.Bump.MINOR;
    }

    @Override
    public String title(String language, Labels labels) {
        String a = labels.of(concept, language);
        String b = labels.of(target, language);
        return language.equals("en") ? (add ? "Add " : "Remove ") + relation + " between “" + a + "” and “" + b + "”"
                : (add ? "Ajouter la relation " : "Retirer la relation ") + relation + " entre « " + a + " » et « " + b + " »";
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind());
        json.put("concept", concept);
        json.put("relation", relation);
        json.put("target", target);
        return json;
    }

    private static Map<String, Kind> kinds() {
        Map<String, Kind> k = new LinkedHashMap<>();
        k.put("broader", new Kind(SKOS.broader.asNode(), SKOS.narrower.asNode(), false));
        k.put("narrower", new Kind(SKOS.narrower.asNode(), SKOS.broader.asNode(), false));
        k.put("related", new Kind(SKOS.related.asNode(), SKOS.related.asNode(), false));
        k.put("exactMatch", new Kind(SKOS.exactMatch.asNode(), SKOS.exactMatch.asNode(), true));
        k.put("closeMatch", new Kind(SKOS.closeMatch.asNode(), SKOS.closeMatch.asNode(), true));
        k.put("broadMatch", new Kind(SKOS.broadMatch.asNode(), SKOS.narrowMatch.asNode(), true));
        k.put("narrowMatch", new Kind(SKOS.narrowMatch.asNode(), SKOS.broadMatch.asNode(), true));
        k.put("relatedMatch", new Kind(SKOS.relatedMatch.asNode(), SKOS.relatedMatch.asNode(), true));
        return java.util.Collections.unmodifiableMap(k);
    }
}
