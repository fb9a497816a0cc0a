package org.w3id.cailloux.vocabulary;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * One broken rule, readable by a city agent: which resource, which field, which rule, which value,
 * and the message in each language the shapes give (French and English).
 *
 * @param focus   IRI (or blank node label) of the resource that breaks the rule
 * @param path    IRI of the property concerned, or null for a rule on the resource itself
 * @param fields  the field's name per language tag, from the shape's {@code sh:name}
 * @param rule    the SHACL rule, e.g. {@code minCount}, {@code datatype}, {@code node}
 * @param value   the offending value in N-Triples form, or null when a value is missing
 * @param messages the message per language tag
 */
public record Violation(String focus, String path, Map<String, String> fields, String rule, String value,
                        Map<String, String> messages) {

    /** The default language of messages. */
    public static final String DEFAULT_LANGUAGE = "fr";

    /** The message in the language asked, or in French when the shapes have none in it. */
    public String message(String language) {
        return pick(messages, language);
    }

    /** The field's name in the language asked, or in French, or the property's local name. */
    public String field(String language) {
        String name = pick(fields, language);
        if (name != null) {
            return name;
        }
        return path == null ? null : path.replaceAll("^.*[#/]", "");
    }

    private static String pick(Map<String, String> byLanguage, String language) {
        String exact = byLanguage.get(language == null ? DEFAULT_LANGUAGE : language);
        return exact != null ? exact : byLanguage.get(DEFAULT_LANGUAGE);
    }

    static Violation of(ReportEntry entry, Graph shapes) {
        Map<String, String> messages = new TreeMap<>();
        entry.messages().forEach(m -> {
            if (m.isLiteral()) {
                messages.put(language(m), m.getLiteralLexicalForm());
            }
        });
        if (messages.isEmpty() && entry.message() != null) {
            messages.put(DEFAULT_LANGUAGE, entry.message());
        }
        Map<String, String> fields = new TreeMap<>();
        if (entry.source() != null) {
            shapes.find(entry.source(), SHACL.name, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    fields.put(language(t.getObject()), t.getObject().getLiteralLexicalForm());
                }
            });
        }
        String path = entry.resultPath() == null ? null : entry.resultPath().toString().replaceAll("^<(.*)>$", "$1");
        String rule = entry.sourceConstraintComponent() == null ? null
                : ruleName(entry.sourceConstraintComponent().getURI());
        Node focus = entry.focusNode();
        return new Violation(
                focus.isURI() ? focus.getURI() : focus.toString(),
                path,
                fields,
                rule,
                entry.value() == null ? null : entry.value().toString(),
                messages);
    }

    private static String language(Node literal) {
        String lang = literal.getLiteralLanguage();
        return lang == null || lang.isEmpty() ? DEFAULT_LANGUAGE : lang.toLowerCase();
    }

    private static String ruleName(String componentIri) {
        String local = componentIri.replaceAll("^.*#", "").replace("ConstraintComponent", "");
        return Character.toLowerCase(local.charAt(0)) + local.substring(1);
    }
}
