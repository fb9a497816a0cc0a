package org.w3id.cailloux.vocabulary.quality;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.langtag.LangTags;
import org.apache.jena.vocabulary.SKOS;

/**
 * A label, definition or note without a language tag, or with one that is not well-formed BCP 47
 * or not in the normal form Jena gives it (qSKOS oilt).
 */
final class LabelLanguageTagCheck extends GraphCheck {

    private static final List<Node> TEXTS = List.of(Terms.PREF_LABEL, Terms.ALT_LABEL, Terms.HIDDEN_LABEL,
            SKOS.definition.asNode(), SKOS.scopeNote.asNode(), SKOS.note.asNode(), SKOS.example.asNode(),
            SKOS.editorialNote.asNode(), SKOS.changeNote.asNode(), SKOS.historyNote.asNode());

    LabelLanguageTagCheck() {
        super("label-language-tag", Severity.BLOCKING,
                "A SKOS label, definition or note has no language tag, or one that is not well-formed BCP 47 or not in its normal form.",
                "Un libellé, une définition ou une note SKOS n'a pas d'étiquette de langue, ou en a une mal formée (BCP 47) ou pas sous sa forme normale.");
    }

    @Override
    void find(Graph vocabulary, Findings found) {
        for (Node property : TEXTS) {
            vocabulary.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
                Node text = t.getObject();
                if (text.isLiteral()) {
                    String problem = problem(text.getLiteralLanguage());
                    if (problem != null) {
                        found.add(t.getSubject(), Terms.name(property) + " " + Terms.literal(text) + " " + problem);
                    }
                }
            });
        }
    }

    private static String problem(String tag) {
        if (tag.isEmpty()) {
            return "has no language tag";
        }
        if (!LangTags.check(tag)) {
            return "has the language tag '" + tag + "', which is not well-formed BCP 47";
        }
        String normal = LangTags.format(tag);
        return normal.equals(tag) ? null : "has the language tag '" + tag + "', whose normal form is '" + normal + "'";
    }
}
