package org.w3id.cailloux.node.publishing.record;

import static org.w3id.cailloux.node.publishing.record.RecordTerms.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.cailloux.vocabulary.Scheme;

/** Writes a record as the JSON form documented in {@code docs/json-form.md}: sorted, empty fields left out. */
final class ExperimentJsonWriter {

    private final ExperimentRecord record;
    private final Graph graph;

    ExperimentJsonWriter(ExperimentRecord record) {
        this.record = record;
        this.graph = record.graph();
    }

    Map<String, Object> write() {
        Node experiment = record.node();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("slug", record.slug());
        json.put("iri", record.iri());
        put(json, "title", langMap(experiment, TITLE));
        put(json, "summary", langMap(experiment, ABSTRACT));
        put(json, "startDate", lexical(experiment, START_DATE));
        put(json, "endDate", lexical(experiment, END_DATE));
        put(json, "status", concept(experiment, STATUS, Scheme.STATUSES));
        put(json, "territory", iri(experiment, SPATIAL));
        put(json, "pillars", concepts(experiment, PILLAR, Scheme.PILLARS));
        put(json, "themes", concepts(experiment, THEME, Scheme.THEMES));
        put(json, "participationLevel", concept(experiment, PARTICIPATION_LEVEL, Scheme.PARTICIPATION_LEVELS));
        put(json, "devices", concepts(experiment, DEVICE, Scheme.DEVICES));
        put(json, "narratives", parts(experiment, NARRATIVE, this::narrative));
        put(json, "actors", parts(experiment, QUALIFIED_ASSOCIATION, this::actor));
        put(json, "means", parts(experiment, MEANS, this::means));
        put(json, "effects", parts(experiment, EFFECT, this::effect));
        put(json, "lessons", parts(experiment, LESSON, this::lesson));
        put(json, "milestones", parts(experiment, MILESTONE, this::milestone));
        put(json, "inspiredBy", iris(experiment, INSPIRED_BY));
        put(json, "adaptedFrom", iris(experiment, ADAPTED_FROM));
        put(json, "related", iris(experiment, RELATION));
        put(json, "sources", textsOrLinks(experiment, SOURCE));
        put(json, "pages", iris(experiment, PAGE));
        return json;
    }

    private void narrative(Node part, Map<String, Object> json) {
        put(json, "title", langMap(part, TITLE));
        put(json, "text", langMap(part, TEXT));
        put(json, "creators", textsOrReferences(part, CREATOR));
        put(json, "sources", textsOrLinks(part, SOURCE));
        json.put("democraticLife", graph.contains(part, TYPE, DEMOCRATIC_LIFE_NARRATIVE));
        put(json, "about", objects(part, ABOUT).stream().filter(Node::isURI).map(this::reference).toList());
    }

    private void actor(Node part, Map<String, Object> json) {
        Node agent = first(part, AGENT);
        if (agent != null && agent.isURI()) {
            json.put("agent", reference(agent));
        }
        put(json, "roles", concepts(part, HAD_ROLE, Scheme.ACTOR_ROLES));
        put(json, "note", langMap(part, COMMENT));
    }

    private void means(Node part, Map<String, Object> json) {
        put(json, "type", concept(part, MEANS_TYPE, Scheme.MEANS_TYPES));
        put(json, "description", langMap(part, DESCRIPTION));
        put(json, "amount", number(first(part, VALUE)));
        put(json, "unit", lexical(part, UNIT_TEXT));
    }

    private void effect(Node part, Map<String, Object> json) {
        put(json, "types", concepts(part, EFFECT_TYPE, Scheme.EFFECT_TYPES));
        put(json, "description", langMap(part, DESCRIPTION));
    }

    private void lesson(Node part, Map<String, Object> json) {
        put(json, "kind", concept(part, LESSON_KIND, Scheme.LESSON_KINDS));
        put(json, "description", langMap(part, DESCRIPTION));
    }

    private void milestone(Node part, Map<String, Object> json) {
        put(json, "title", langMap(part, TITLE));
        put(json, "date", lexical(part, DATE));
        put(json, "description", langMap(part, DESCRIPTION));
    }

    private List<Map<String, Object>> parts(Node experiment, Node link, BiConsumer<Node, Map<String, Object>> fill) {
        List<Node> parts = new ArrayList<>(objects(experiment, link).stream().filter(Node::isURI).toList());
        parts.sort(Comparator.comparing(this::id, PartIds.NATURAL_ORDER));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Node part : parts) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id(part));
            fill.accept(part, json);
            list.add(json);
        }
        return list;
    }

    /** The fragment name of a part of this experiment, or the full IRI of any other resource. */
    private String id(Node part) {
        String prefix = record.iri() + "#";
        return part.getURI().startsWith(prefix) ? part.getURI().substring(prefix.length()) : part.getURI();
    }

    /** An agent or other resource: its IRI, and its name and types when the record has them. */
    private Map<String, Object> reference(Node node) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("iri", node.getURI());
        put(json, "name", lexical(node, NAME));
        put(json, "types", AgentTypes.toJson(objects(node, TYPE)));
        return json;
    }

    private List<Object> textsOrLinks(Node subject, Node property) {
        return textsOr(subject, property, node -> Map.of("iri", node.getURI()));
    }

    private List<Object> textsOrReferences(Node subject, Node property) {
        return textsOr(subject, property, this::reference);
    }

    private List<Object> textsOr(Node subject, Node property, java.util.function.Function<Node, Object> link) {
        List<Object> list = new ArrayList<>();
        objects(subject, property).stream().filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).sorted().forEach(list::add);
        objects(subject, property).stream().filter(Node::isURI)
                .sorted(Comparator.comparing(Node::getURI)).map(link).forEach(list::add);
        return list;
    }

    private Map<String, String> langMap(Node subject, Node property) {
        Map<String, String> map = new TreeMap<>();
        for (Node literal : objects(subject, property)) {
            if (literal.isLiteral()) {
                map.putIfAbsent(literal.getLiteralLanguage(), literal.getLiteralLexicalForm());
            }
        }
        return map;
    }

    private String concept(Node subject, Node property, Scheme scheme) {
        Node concept = first(subject, property);
        return concept == null || !concept.isURI() ? null : Concepts.toJson(scheme, concept);
    }

    private List<String> concepts(Node subject, Node property, Scheme scheme) {
        return objects(subject, property).stream().filter(Node::isURI)
                .map(concept -> Concepts.toJson(scheme, concept)).sorted().toList();
    }

    private String iri(Node subject, Node property) {
        Node node = first(subject, property);
        return node == null || !node.isURI() ? null : node.getURI();
    }

    private List<String> iris(Node subject, Node property) {
        return objects(subject, property).stream().filter(Node::isURI).map(Node::getURI).sorted().toList();
    }

    private String lexical(Node subject, Node property) {
        Node node = first(subject, property);
        return node == null || !node.isLiteral() ? null : node.getLiteralLexicalForm();
    }

    private static Number number(Node literal) {
        if (literal == null || !literal.isLiteral()) {
            return null;
        }
        try {
            if (XSDDatatype.XSDinteger.getURI().equals(literal.getLiteralDatatypeURI())) {
                BigInteger value = new BigInteger(literal.getLiteralLexicalForm().strip());
                return value.bitLength() < 64 ? (Number) value.longValue() : value;
            }
            return new BigDecimal(literal.getLiteralLexicalForm().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The first value in term order, so that a record with one value too many still reads the same way. */
    private Node first(Node subject, Node property) {
        return objects(subject, property).stream().findFirst().orElse(null);
    }

    private List<Node> objects(Node subject, Node property) {
        List<Node> objects = new ArrayList<>(graph.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList());
        objects.sort(Comparator.comparing(Node::toString));
        return objects;
    }

    private static void put(Map<String, Object> json, String field, Object value) {
        if (value == null
                || value instanceof Map<?, ?> map && map.isEmpty()
                || value instanceof List<?> list && list.isEmpty()) {
            return;
        }
        json.put(field, value);
    }
}
