package org.w3id.cailloux.node.curation.change;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.w3id.cailloux.node.vocabulary.SemanticVersion;
import org.w3id.cailloux.vocabulary.CX;

/**
 * A concept deprecated, never deleted: {@code owl:deprecated true} with its replacements ({@code dct:isReplacedBy}, one
 * or several), or with none and a reason ({@code cx:noReplacement true}); the reason is kept as a change note. It stays
 * in its scheme and its place, so that data tagged with it keeps resolving.
 */
public record Deprecate(String concept, List<String> replacedBy, Texts reason) implements Change {

    public Deprecate {
        replacedBy = List.copyOf(replacedBy);
    }

    @Override
    public String kind() {
        return "deprecate";
    }

    @Override
    public void apply(Graph g) {
        Node c = Skos.iri(concept);
        g.add(c, OWL.deprecated.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        replacedBy.forEach(r -> g.add(c, DCTerms.isReplacedBy.asNode(), Skos.iri(r)));
        if (replacedBy.isEmpty()) {
            g.add(c, CX.noReplacement.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
        reason.addTo(g, c, SKOS.changeNote.asNode());
    }

    @Override
    public Set<String> subjects() {
        return Set.of(concept);
    }

    @Override
    public Set<String> references() {
        return Set.copyOf(replacedBy);
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
        String c = labels.of(concept, language);
        String by = String.join(", ", replacedBy.stream().map(r -> labels.of(r, language)).toList());
        if (language.equals("en")) {
            return "Deprecate “" + c + "”" + (replacedBy.isEmpty() ? " without replacement" : ", replaced by " + by);
        }
        return "Rendre obsolète « " + c + " »" + (replacedBy.isEmpty() ? " sans remplaçant" : ", remplacé par " + by);
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind());
        json.put("concept", concept);
        json.put("replacedBy", replacedBy);
        json.put("reason", reason.toJson(true));
        return json;
    }
}
