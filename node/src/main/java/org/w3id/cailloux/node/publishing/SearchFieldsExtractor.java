package org.w3id.cailloux.node.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.cailloux.vocabulary.ADMS;
import org.w3id.cailloux.vocabulary.CX;

/** Reads from a record what listing and full-text search need. */
final class SearchFieldsExtractor {

    private static final Set<String> TEXT_PROPERTIES = Set.of(
            DCTerms.title.getURI(), DCTerms.abstract_.getURI(), DCTerms.description.getURI(),
            "http://schema.org/text", "http://xmlns.com/foaf/0.1/name");

    private SearchFieldsExtractor() {}

    static SearchFields of(String experimentIri, Graph record) {
        Node experiment = NodeFactory.createURI(experimentIri);
        String title = record.find(experiment, DCTerms.title.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isLiteral)
                .sorted((a, b) -> Boolean.compare(!"fr".equals(a.getLiteralLanguage()), !"fr".equals(b.getLiteralLanguage())))
                .map(Node::getLiteralLexicalForm).findFirst().orElse("");
        String status = record.find(experiment, ADMS.status.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isURI).map(SearchFieldsExtractor::slug).findFirst().orElse(null);
        List<String> themes = record.find(experiment, CX.theme.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isURI).map(SearchFieldsExtractor::slug).sorted().toList();
        List<String> texts = new ArrayList<>();
        record.find().forEachRemaining(t -> {
            if (t.getObject().isLiteral() && TEXT_PROPERTIES.contains(t.getPredicate().getURI())) {
                texts.add(t.getObject().getLiteralLexicalForm());
            }
        });
        return new SearchFields(title, status, themes, String.join("\n", texts));
    }

    private static String slug(Node concept) {
        String uri = concept.getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
