package org.w3id.cailloux.node.curation.change;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.cailloux.node.vocabulary.SemanticVersion;

/** A concept moved in the hierarchy: its broader concepts become those given; none makes it a top concept. */
public record Move(String concept, List<String> broader) implements Change {

    public Move {
        broader = List.copyOf(broader);
    }

    @Override
    public String kind() {
        return "move";
    }

    @Override
    public void apply(Graph g) {
        Node c = Skos.iri(concept);
        Skos.detach(g, c);
        if (broader.isEmpty()) {
            Skos.makeTop(g, c);
        }
        broader.forEach(b -> Skos.link(g, c, Skos.BROADER, Skos.NARROWER, Skos.iri(b)));
    }

    @Override
    public Set<String> subjects() {
        return Set.of(concept);
    }

    @Override
    public Set<String> references() {
        return Set.copyOf(broader);
    }

    @Override
    public SemanticVersion.Bump bump() {
        return SemanticVersion.Bump.MINOR;
    }

    @Override
    public String title(String language, Labels labels) {
        String to = broader.isEmpty() ? (language.equals("en") ? "the top of its scheme" : "le sommet de son schéma")
                : String.join(", ", broader.stream().map(b -> labels.of(b, language)).toList());
        return language.equals("en") ? "Move “" + labels.of(concept, "en") + "” under " + to
                : "Déplacer « " + labels.of(concept, "fr") + " » sous " + to;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind());
        json.put("concept", concept);
        json.put("broader", broader);
        return json;
    }
}
