package org.w3id.cailloux.node.curation.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.node.vocabulary.SemanticVersion;
import org.w3id.cailloux.vocabulary.Scheme;

/** A new concept scheme with its first top concepts (a scheme without concepts would mean nothing). */
public record NewScheme(String slug, Texts prefLabel, Texts definition, List<NewConcept> concepts) implements Change {

    public NewScheme {
        concepts = List.copyOf(concepts);
    }

    /** The scheme's IRI. */
    public String iri() {
        return Scheme.NS + slug;
    }

    @Override
    public String kind() {
        return "new-scheme";
    }

    @Override
    public void apply(Graph g) {
        Node s = Skos.iri(iri());
        g.add(s, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
        prefLabel.addTo(g, s, SKOS.prefLabel.asNode());
        definition.addTo(g, s, SKOS.definition.asNode());
        concepts.forEach(c -> c.apply(g));
    }

    @Override
    public Set<String> subjects() {
        Set<String> all = new java.util.LinkedHashSet<>();
        all.add(iri());
        concepts.forEach(c -> all.add(c.iri()));
        return all;
    }

    @Override
    public Set<String> references() {
        return Set.of();
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
        return language.equals("en") ? "New scheme “" + label + "”" : "Nouveau schéma « " + label + " »";
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind());
        json.put("slug", slug);
        json.put("prefLabel", prefLabel.toJson(true));
        json.put("definition", definition.toJson(true));
        List<Map<String, Object>> list = new ArrayList<>();
        for (NewConcept c : concepts) {
            Map<String, Object> one = new LinkedHashMap<>(c.toJson());
            one.remove("kind");
            one.remove("scheme");
            list.add(one);
        }
        json.put("concepts", list);
        return json;
    }
}
