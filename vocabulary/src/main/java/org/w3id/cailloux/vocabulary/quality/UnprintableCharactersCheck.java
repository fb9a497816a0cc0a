package org.w3id.cailloux.vocabulary.quality;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** A label holding a control, format, unassigned, private-use or lone surrogate character, tab and newline included (qSKOS ucil). */
final class UnprintableCharactersCheck extends GraphCheck {

    UnprintableCharactersCheck() {
        super("unprintable-characters", Severity.BLOCKING,
                "A skos:prefLabel, skos:altLabel or skos:hiddenLabel holds an unprintable character (control, format, unassigned, private use or surrogate; tab and newline too).",
                "Un skos:prefLabel, skos:altLabel ou skos:hiddenLabel contient un caractère non imprimable (contrôle, format, non attribué, usage privé ou demi-code ; tabulation et saut de ligne compris).");
    }

    /** Whether the code point is one a label must not hold. */
    static boolean isUnprintable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE -> true;
            default -> false;
        };
    }

    @Override
    void find(Graph vocabulary, Findings found) {
        for (Node property : Terms.LABELS) {
            vocabulary.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
                Node label = t.getObject();
                if (label.isLiteral()) {
                    label.getLiteralLexicalForm().codePoints().filter(UnprintableCharactersCheck::isUnprintable).findFirst()
                            .ifPresent(c -> found.add(t.getSubject(), Terms.name(property) + " " + Terms.literal(label)
                                    + " holds the unprintable character " + String.format("U+%04X", c)));
                }
            });
        }
    }
}
