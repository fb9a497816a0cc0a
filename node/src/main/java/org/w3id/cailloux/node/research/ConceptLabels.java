package org.w3id.cailloux.node.research;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.vocabulary.Scheme;

/**
 * The vocabulary's concepts with their French and English labels, read from this node's copy of the
 * vocabulary (every node has one, so labels never need the network). Facets and tables show these labels.
 */
@Singleton
public class ConceptLabels {

    private static final String QUERY = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?c ?scheme ?fr ?en ?notation WHERE {
              GRAPH ?vocabulary {
                ?c skos:inScheme ?scheme ; skos:prefLabel ?fr . FILTER(lang(?fr) = "fr")
                OPTIONAL { ?c skos:prefLabel ?en . FILTER(lang(?en) = "en") }
                OPTIONAL { ?c skos:notation ?notation }
              }
            }""";

    private final QueryIndex index;

    ConceptLabels(QueryIndex index) {
        this.index = index;
    }

    /** A concept: its IRI, the last segment of it (used in page addresses), its scheme, labels and rank in the scheme. */
    public record Concept(String iri, String slug, String scheme, String fr, String en, int rank) {

        /** The label for an IRI the vocabulary does not know: its last segment. */
        static Concept unknown(String iri) {
            String slug = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
            return new Concept(iri, slug, "", slug, slug, Integer.MAX_VALUE);
        }
    }

    /** Every concept of every scheme, by IRI. */
    public Map<String, Concept> all() {
        Map<String, Concept> concepts = new LinkedHashMap<>();
        Txn.executeRead(index.dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(index.dataset()).query(QUERY)
                    .substitution("vocabulary", QueryIndex.VOCABULARY_GRAPH).build()) {
                exec.select().forEachRemaining(b -> {
                    String iri = b.get("c").getURI();
                    if (!concepts.containsKey(iri)) {
                        Node en = b.get("en");
                        Node notation = b.get("notation");
                        concepts.put(iri, new Concept(iri, iri.substring(iri.lastIndexOf('/') + 1), b.get("scheme").getURI(),
                                b.get("fr").getLiteralLexicalForm(), en == null ? b.get("fr").getLiteralLexicalForm() : en.getLiteralLexicalForm(),
                                rank(notation)));
                    }
                });
            }
        });
        return concepts;
    }

    /** The concepts of one scheme, in the scheme's order (notation, then French label). */
    public List<Concept> inScheme(Scheme scheme) {
        return all().values().stream().filter(c -> c.scheme().equals(scheme.iri()))
                .sorted(Comparator.comparingInt(Concept::rank).thenComparing(Concept::fr, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static int rank(Node notation) {
        if (notation == null) {
            return Integer.MAX_VALUE;
        }
        try {
            return Integer.parseInt(notation.getLiteralLexicalForm().strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
