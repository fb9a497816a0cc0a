package org.w3id.cailloux.node.curation.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.node.vocabulary.SemanticVersion;

/**
 * Two concepts made one: {@code concept} is deprecated and replaced by {@code into}, which takes its labels as
 * alternative labels, its narrower concepts and its related concepts.
 */
public record Merge(String concept, String into, Texts reason) implements Change {

    @Override
    public String kind() {
        return "merge";
    }

    @Override
    public void apply(Graph g) {
        Node merged = Skos.iri(concept);
        Node kept = Skos.iri(into);
        Node alt = SKOS.altLabel.asNode();
        for (Node labelProperty : List.of(SKOS.prefLabel.asNode(), alt)) {
            for (Triple t : g.find(merged, labelProperty, Node.ANY).toList()) {
                if (!g.contains(kept, SKOS.prefLabel.asNode(), t.getObject()) && !g.contains(kept, SKOS.hiddenLabel.asNode(), t.getObject())) {
                    g.add(kept, alt, t.getObject());
                }
            }
        }
        for (Triple t : new ArrayList<>(g.find(Node.ANY, Skos.BROADER, merged).toList())) {
            Skos.unlink(g, t.getSubject(), Skos.BROADER, Skos.NARROWER, merged);
            if (!t.getSubject().equals(kept)) {
                Skos.link(g, t.getSubject(), Skos.BROADER, Skos.NARROWER, kept);
            }
        }
        Node related = SKOS.related.asNode();
        for (Triple t : new ArrayList<>(g.find(merged, related, Node.ANY).toList())) {
            Skos.unlink(g, merged, related, related, t.getObject());
            if (!t.getObject().equals(kept)) {
                Skos.link(g, kept, related, related, t.getObject());
            }
        }
        new Deprecate(concept, List.of(into), reason).apply(g);
    }

    @Override
    public Set<String> subjects() {
        return Set.of(concept, into);
    }

    @Override
    public Set<String> references() {
        return Set.of();
    }

    @Override
    public Set<String> retired() {
        return Set.of(concept);
    }

    @Override
    public SemanticVersion.Bump bump() {
        return SemanticVersion.Bump.MINOR;
    }

    @Override
    public String title(String language, Labels labels) {
        return language.equals("en") ? "Merge “" + labels.of(concept, "en") + "” into “" + labels.of(into, "en") + "”"
                : "Fusionner « " + labels.of(concept, "fr") + " » dans « " + labels.of(into, "fr") + " »";
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind());
        json.put("concept", concept);
        json.put("into", into);
        json.put("reason", reason.toJson(true));
        return json;
    }
}
