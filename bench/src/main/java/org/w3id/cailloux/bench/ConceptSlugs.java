package org.w3id.cailloux.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.vocabulary.Scheme;

/** The concept slugs of each scheme, read from the vocabulary graph (skos:inScheme), sorted for determinism. */
public final class ConceptSlugs {

    private final Map<Scheme, List<String>> slugs = new EnumMap<>(Scheme.class);

    /** Reads every scheme's concepts from {@code vocabulary}. */
    public ConceptSlugs(Graph vocabulary) {
        for (Scheme scheme : Scheme.values()) {
            Node schemeNode = NodeFactory.createURI(scheme.iri());
            String prefix = scheme.iri() + "/";
            List<String> found = new ArrayList<>();
            vocabulary.find(Node.ANY, SKOS.inScheme.asNode(), schemeNode).forEachRemaining(t -> {
                String iri = t.getSubject().getURI();
                if (iri.startsWith(prefix)) {
                    found.add(iri.substring(prefix.length()));
                }
            });
            if (found.isEmpty()) {
                throw new IllegalStateException("The vocabulary has no concept in the scheme " + scheme.iri());
            }
            found.sort(null);
            slugs.put(scheme, List.copyOf(found));
        }
    }

    /** The slugs of {@code scheme}'s concepts, alphabetically. */
    public List<String> of(Scheme scheme) {
        return slugs.get(scheme);
    }
}
