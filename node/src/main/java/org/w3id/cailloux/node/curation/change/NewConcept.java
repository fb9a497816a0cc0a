package org.w3id.cailloux.node.curation.change;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.node.vocabulary.SemanticVersion;

/** A new concept in a scheme: labels and definitions, its place in the hierarchy, related concepts, sources. */
public record NewConcept(String scheme, String slug, Texts prefLabel, Texts altLabel, Texts definition, Texts scopeNote,
                         List<String> broader, List<String> related, List<String> sources) implements Change {

    public NewConcept {
        broader = List.copyOf(broader);
        related = List.copyOf(related);
        sources = List.copyOf(sources);
    }

    /** The concept's IRI: its scheme's IRI, a slash, its slug. */
    public String iri() {
        return scheme + "/" + slug;
    }

    @Override
    public String kind() {
        return "new-concept";
    }

    @Override
    public void apply(Graph g) {
        Node c = NodeFactory.createURI(iri());
        g.add(c, RDF.type.asNode(), Skos.CONCEPT);
        g.add(c, Skos.IN_SCHEME, Skos.iri(scheme));
        prefLabel.addTo(g, c, SKOS.prefLabel.asNode());
        altLabel.addTo(g, c, SKOS.altLabel.asNode());
        definition.addTo(g, c, SKOS.definition.asNode());
        scopeNote.addTo(g, c, SKOS.scopeNote.asNode());
        if (broader.isEmpty()) {
            Skos.makeTop(g, c);
        }
        broader.forEach(b -> Skos.link(g, c, Skos.BROADER, Skos.NARROWER, Skos.iri(b)));
        related.forEach(r -> Skos.link(g, c, SKOS.related.asNode(), SKOS.related.asNode(), Skos.iri(r)));
        for (String source : sources) {
            g.add(c, DCTerms.source.asNode(), source.matches("https?://\\S+")
                    ? NodeFactory.createURI(source) : NodeFactory.createLiteralString(source));
        }
    }

    @Override
    public Set<String> subjects() {
        return Set.of(iri());
    }

    @Override
    public Set<String> references() {
        Set<String> refs = new java.util.LinkedHashSet<>(broader);
        refs.addAll(related);
        return refs;
    }

    @Override
    public String minted() {
        return iri();
    }

    @Override
    public SemanticVersion.Bump bump() {
        return SemanticVersion.Bump.MINOR;
    }

    @Override
    public String title(String language, Labels labels) {
        String label = prefLabel.first(language).isEmpty() ? prefLabel.first("fr") : prefLabel.first(language);
        String schemeName = scheme.substring(scheme.lastIndexOf('/') + 1);
        return language.equals("en") ? "New concept “" + label + "” in " + schemeName
                : "Nouveau concept « " + label + " » dans " + schemeName;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind());
        json.put("scheme", scheme.substring(scheme.lastIndexOf('/') + 1));
        json.put("slug", slug);
        json.put("prefLabel", prefLabel.toJson(true));
        if (!altLabel.isEmpty()) {
            json.put("altLabel", altLabel.toJson(false));
        }
        json.put("definition", definition.toJson(true));
        if (!scopeNote.isEmpty()) {
            json.put("scopeNote", scopeNote.toJson(true));
        }
        json.put("broader", broader);
        json.put("related", related);
        json.put("sources", sources);
        return json;
    }
}
