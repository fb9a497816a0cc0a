package org.w3id.cailloux.vocabulary.quality;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;

/** A predicate or value in the SKOS namespace that the SKOS Reference does not define, e.g. a misspelt skos:prefLable (qSKOS usr). */
final class UndefinedSkosTermCheck extends GraphCheck {

    private static final Set<String> DEFINED = Stream.of(
                    SKOS.Concept, SKOS.ConceptScheme, SKOS.Collection, SKOS.OrderedCollection,
                    SKOS.inScheme, SKOS.hasTopConcept, SKOS.topConceptOf,
                    SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, SKOS.notation,
                    SKOS.note, SKOS.changeNote, SKOS.definition, SKOS.editorialNote, SKOS.example, SKOS.historyNote, SKOS.scopeNote,
                    SKOS.semanticRelation, SKOS.broader, SKOS.narrower, SKOS.related, SKOS.broaderTransitive, SKOS.narrowerTransitive,
                    SKOS.member, SKOS.memberList,
                    SKOS.mappingRelation, SKOS.closeMatch, SKOS.exactMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch)
            .map(Resource::getURI).collect(Collectors.toUnmodifiableSet());

    UndefinedSkosTermCheck() {
        super("undefined-skos-term", Severity.BLOCKING,
                "A property or value in the SKOS namespace is not defined by SKOS (e.g. skos:prefLable, skos:Concpet).",
                "Une propriété ou une valeur de l'espace de noms SKOS n'est pas définie par SKOS (par exemple skos:prefLable, skos:Concpet).");
    }

    @Override
    void find(Graph vocabulary, Findings found) {
        vocabulary.find().forEachRemaining(t -> {
            if (isUndefined(t.getPredicate())) {
                found.add(t.getSubject(), "uses the property " + Terms.name(t.getPredicate()) + ", which SKOS does not define");
            }
            if (isUndefined(t.getObject())) {
                found.add(t.getSubject(), Terms.name(t.getPredicate()) + " " + Terms.name(t.getObject()) + ", which SKOS does not define");
            }
        });
    }

    private static boolean isUndefined(Node node) {
        return node.isURI() && node.getURI().startsWith(SKOS.uri) && node.getURI().length() > SKOS.uri.length()
                && !DEFINED.contains(node.getURI());
    }
}
