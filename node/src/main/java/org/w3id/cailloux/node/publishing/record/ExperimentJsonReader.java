package org.w3id.cailloux.node.publishing.record;

import static org.w3id.cailloux.node.publishing.record.RecordTerms.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cailloux.vocabulary.Scheme;

/**
 * Reads the JSON form into a record. Structure is checked here (fields, JSON types, ids, IRIs);
 * values (required fields, dates, concepts) are written as given, for SHACL validation to judge.
 */
final class ExperimentJsonReader {

    static final List<String> EXPERIMENT_FIELDS = List.of("slug", "iri", "title", "summary", "startDate", "endDate",
            "status", "territory", "pillars", "themes", "participationLevel", "devices", "narratives", "actors",
            "means", "effects", "lessons", "milestones", "inspiredBy", "adaptedFrom", "related", "sources", "pages");
    static final List<String> NARRATIVE_FIELDS = List.of("id", "title", "text", "creators", "sources",
            "democraticLife", "about");
    static final List<String> ACTOR_FIELDS = List.of("id", "agent", "roles", "note");
    static final List<String> REFERENCE_FIELDS = List.of("iri", "name", "types");
    static final List<String> LINK_FIELDS = List.of("iri");
    static final List<String> MEANS_FIELDS = List.of("id", "type", "description", "amount", "unit");
    static final List<String> EFFECT_FIELDS = List.of("id", "types", "description");
    static final List<String> LESSON_FIELDS = List.of("id", "kind", "description");
    static final List<String> MILESTONE_FIELDS = List.of("id", "title", "date", "description");

    private static final Pattern YEAR = Pattern.compile("^-?\\d{4,}$");
    private static final Pattern YEAR_MONTH = Pattern.compile("^-?\\d{4,}-\\d{2}$");

    private final String baseUri;
    private final IRIx base;
    private final List<String> errors = new ArrayList<>();
    private final Graph graph = GraphFactory.createDefaultGraph();
    private final Set<String> usedIds = new HashSet<>();
    private String iri;

    ExperimentJsonReader(String baseUri) {
        this.baseUri = baseUri;
        this.base = IRIx.create(baseUri);
    }

    /** The record; {@code slug} is the one of the address, or null to take the body's. */
    ExperimentRecord read(Object json, String slug) {
        JsonObjectReader root = JsonObjectReader.root(json, EXPERIMENT_FIELDS, errors);
        if (root == null) {
            throw new InvalidRecordException(errors);
        }
        slug = slug(root, slug);
        iri = ExperimentRecord.iri(baseUri, ExperimentRecord.isValidSlug(slug) ? slug : "invalid");
        root.text("iri"); // read-only: checked for its JSON type, otherwise ignored
        Node experiment = NodeFactory.createURI(iri);
        add(experiment, TYPE, EXPERIMENT);
        langMap(experiment, TITLE, root, "title");
        langMap(experiment, ABSTRACT, root, "summary");
        date(experiment, START_DATE, root, "startDate");
        date(experiment, END_DATE, root, "endDate");
        concept(experiment, STATUS, Scheme.STATUSES, root, "status");
        iri(experiment, SPATIAL, root, "territory");
        concepts(experiment, PILLAR, Scheme.PILLARS, root, "pillars");
        concepts(experiment, THEME, Scheme.THEMES, root, "themes");
        concept(experiment, PARTICIPATION_LEVEL, Scheme.PARTICIPATION_LEVELS, root, "participationLevel");
        concepts(experiment, DEVICE, Scheme.DEVICES, root, "devices");
        List<Part> parts = new ArrayList<>();
        parts(parts, root, "narratives", NARRATIVE_FIELDS, NARRATIVE, "narrative", this::narrative);
        parts(parts, root, "actors", ACTOR_FIELDS, QUALIFIED_ASSOCIATION, "association", this::actor);
        parts(parts, root, "means", MEANS_FIELDS, MEANS, "means", this::means);
        parts(parts, root, "effects", EFFECT_FIELDS, EFFECT, "effect", this::effect);
        parts(parts, root, "lessons", LESSON_FIELDS, LESSON, "lesson", this::lesson);
        parts(parts, root, "milestones", MILESTONE_FIELDS, MILESTONE, "milestone", this::milestone);
        parts.forEach(part -> part.write(experiment));
        iris(experiment, INSPIRED_BY, root, "inspiredBy");
        iris(experiment, ADAPTED_FROM, root, "adaptedFrom");
        iris(experiment, RELATION, root, "related");
        sources(experiment, root);
        iris(experiment, PAGE, root, "pages");
        if (!errors.isEmpty()) {
            throw new InvalidRecordException(errors);
        }
        return new ExperimentRecord(slug, iri, graph);
    }

    private String slug(JsonObjectReader root, String addressSlug) {
        String bodySlug = root.text("slug");
        String slug = addressSlug != null ? addressSlug : bodySlug;
        if (slug == null) {
            root.error("slug", "required, e.g. \"la-manne\"");
        } else if (addressSlug != null && bodySlug != null && !bodySlug.equals(addressSlug)) {
            root.error("slug", "'" + bodySlug + "' differs from the experiment's address '" + addressSlug + "'");
        } else if (!ExperimentRecord.isValidSlug(slug)) {
            root.error("slug", ExperimentRecord.invalidSlugMessage(slug));
        }
        return slug;
    }

    // ------------------------------------------------------------------ parts

    /** One part read from a list, written once every explicit id is known. */
    private final class Part {
        private final JsonObjectReader json;
        private final Node link;
        private final String prefix;
        private final String id;
        private final BiConsumer<JsonObjectReader, Node> fill;

        Part(JsonObjectReader json, Node link, String prefix, String id, BiConsumer<JsonObjectReader, Node> fill) {
            this.json = json;
            this.link = link;
            this.prefix = prefix;
            this.id = id;
            this.fill = fill;
        }

        void write(Node experiment) {
            String name = id != null ? id : nextId(prefix);
            Node node = NodeFactory.createURI(name.contains(":") ? name : iri + "#" + name);
            add(experiment, link, node);
            fill.accept(json, node);
        }
    }

    private void parts(List<Part> parts, JsonObjectReader root, String field, List<String> known, Node link,
                       String prefix, BiConsumer<JsonObjectReader, Node> fill) {
        for (JsonObjectReader json : root.objects(field, known)) {
            parts.add(new Part(json, link, prefix, id(json), fill));
        }
    }

    private String id(JsonObjectReader json) {
        String id = json.text("id");
        if (id == null) {
            return null;
        }
        if (id.contains(":")) {
            id = resolve(id, json.pathOf("id"));
        } else if (!PartIds.ID.matcher(id).matches()) {
            json.error("id", "'" + id + "' is not a valid id: letters, digits, '.', '_', '~' and '-', e.g. \"means-1\"");
            return null;
        }
        if (id != null && !usedIds.add(id)) {
            json.error("id", "'" + id + "' is already the id of another part");
        }
        return id;
    }

    private String nextId(String prefix) {
        for (int n = 1; ; n++) {
            if (usedIds.add(prefix + "-" + n)) {
                return prefix + "-" + n;
            }
        }
    }

    private void narrative(JsonObjectReader json, Node node) {
        add(node, TYPE, NARRATIVE_CLASS);
        if (Boolean.TRUE.equals(json.bool("democraticLife"))) {
            add(node, TYPE, DEMOCRATIC_LIFE_NARRATIVE);
        }
        langMap(node, TITLE, json, "title");
        langMap(node, TEXT, json, "text");
        for (JsonObjectReader.Item item : json.items("creators")) {
            if (item.value() instanceof String text) {
                add(node, CREATOR, NodeFactory.createLiteralString(text));
            } else {
                reference(node, CREATOR, item);
            }
        }
        sources(node, json);
        for (JsonObjectReader.Item item : json.items("about")) {
            if (item.value() instanceof String text) {
                Node target = iriNode(text, item.path());
                if (target != null) {
                    add(node, ABOUT, target);
                }
            } else {
                reference(node, ABOUT, item);
            }
        }
    }

    private void actor(JsonObjectReader json, Node node) {
        add(node, TYPE, ASSOCIATION_CLASS);
        JsonObjectReader agent = json.object("agent", REFERENCE_FIELDS);
        if (agent != null) {
            reference(node, AGENT, agent);
        }
        concepts(node, HAD_ROLE, Scheme.ACTOR_ROLES, json, "roles");
        langMap(node, COMMENT, json, "note");
    }

    private void means(JsonObjectReader json, Node node) {
        add(node, TYPE, MEANS_CLASS);
        concept(node, MEANS_TYPE, Scheme.MEANS_TYPES, json, "type");
        langMap(node, DESCRIPTION, json, "description");
        Number amount = json.number("amount");
        if (amount != null) {
            add(node, VALUE, number(amount));
        }
        String unit = json.text("unit");
        if (unit != null) {
            add(node, UNIT_TEXT, NodeFactory.createLiteralString(unit));
        }
    }

    private void effect(JsonObjectReader json, Node node) {
        add(node, TYPE, EFFECT_CLASS);
        concepts(node, EFFECT_TYPE, Scheme.EFFECT_TYPES, json, "types");
        langMap(node, DESCRIPTION, json, "description");
    }

    private void lesson(JsonObjectReader json, Node node) {
        add(node, TYPE, LESSON_CLASS);
        concept(node, LESSON_KIND, Scheme.LESSON_KINDS, json, "kind");
        langMap(node, DESCRIPTION, json, "description");
    }

    private void milestone(JsonObjectReader json, Node node) {
        add(node, TYPE, MILESTONE_CLASS);
        langMap(node, TITLE, json, "title");
        date(node, DATE, json, "date");
        langMap(node, DESCRIPTION, json, "description");
    }

    // ------------------------------------------------------------------ references and values

    private void reference(Node subject, Node property, JsonObjectReader.Item item) {
        if (item.value() instanceof Map<?, ?>) {
            reference(subject, property, item.object(REFERENCE_FIELDS));
        } else {
            item.error("expected text or an object with fields " + String.join(", ", REFERENCE_FIELDS)
                    + ", found " + JsonObjectReader.describe(item.value()));
        }
    }

    /** An agent or other resource: its IRI, and the name and types given for it. */
    private void reference(Node subject, Node property, JsonObjectReader json) {
        String value = json.text("iri");
        if (value == null) {
            if (!json.has("iri")) {
                json.error("iri", "required: the IRI of the agent or resource");
            }
            return;
        }
        Node target = iriNode(value, json.pathOf("iri"));
        if (target == null) {
            return;
        }
        add(subject, property, target);
        String name = json.text("name");
        if (name != null) {
            add(target, NAME, NodeFactory.createLiteralString(name));
        }
        for (JsonObjectReader.Item item : json.items("types")) {
            String type = item.text();
            if (type == null) {
                continue;
            }
            List<Node> types = AgentTypes.fromJson(type);
            if (types == null) {
                item.error("'" + type + "' is not an agent type: use " + String.join(", ", AgentTypes.NAMES)
                        + " or a full IRI");
            } else {
                types.forEach(t -> add(target, TYPE, t));
            }
        }
    }

    private void sources(Node subject, JsonObjectReader json) {
        for (JsonObjectReader.Item item : json.items("sources")) {
            if (item.value() instanceof String text) {
                add(subject, SOURCE, NodeFactory.createLiteralString(text));
            } else if (item.value() instanceof Map<?, ?>) {
                JsonObjectReader link = item.object(LINK_FIELDS);
                String value = link.text("iri");
                Node target = value == null ? null : iriNode(value, link.pathOf("iri"));
                if (target != null) {
                    add(subject, SOURCE, target);
                }
            } else {
                item.error("expected a citation text or an object {\"iri\": ...}, found "
                        + JsonObjectReader.describe(item.value()));
            }
        }
    }

    private void langMap(Node subject, Node property, JsonObjectReader json, String field) {
        json.langMap(field).forEach((language, text) -> add(subject, property, language.isEmpty()
                ? NodeFactory.createLiteralString(text)
                : NodeFactory.createLiteralLang(text, language)));
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD; anything else is kept as an xsd:date for SHACL to report. */
    private void date(Node subject, Node property, JsonObjectReader json, String field) {
        String value = json.text(field);
        if (value == null) {
            return;
        }
        RDFDatatype datatype = YEAR.matcher(value).matches() ? XSDDatatype.XSDgYear
                : YEAR_MONTH.matcher(value).matches() ? XSDDatatype.XSDgYearMonth
                : XSDDatatype.XSDdate;
        add(subject, property, NodeFactory.createLiteralDT(value, datatype));
    }

    private static Node number(Number amount) {
        if (amount instanceof BigDecimal decimal) {
            return NodeFactory.createLiteralDT(decimal.toPlainString(), XSDDatatype.XSDdecimal);
        }
        if (amount instanceof Double || amount instanceof Float) {
            return NodeFactory.createLiteralDT(BigDecimal.valueOf(amount.doubleValue()).toPlainString(),
                    XSDDatatype.XSDdecimal);
        }
        return NodeFactory.createLiteralDT(new BigInteger(amount.toString()).toString(), XSDDatatype.XSDinteger);
    }

    private void concept(Node subject, Node property, Scheme scheme, JsonObjectReader json, String field) {
        String value = json.text(field);
        if (value != null) {
            conceptValue(subject, property, scheme, value, json.pathOf(field));
        }
    }

    private void concepts(Node subject, Node property, Scheme scheme, JsonObjectReader json, String field) {
        for (JsonObjectReader.Item item : json.items(field)) {
            String value = item.text();
            if (value != null) {
                conceptValue(subject, property, scheme, value, item.path());
            }
        }
    }

    private void conceptValue(Node subject, Node property, Scheme scheme, String value, String at) {
        if (value.contains(":") && iriNode(value, at) == null) {
            return;
        }
        add(subject, property, Concepts.fromJson(scheme, value));
    }

    private void iri(Node subject, Node property, JsonObjectReader json, String field) {
        String value = json.text(field);
        Node target = value == null ? null : iriNode(value, json.pathOf(field));
        if (target != null) {
            add(subject, property, target);
        }
    }

    private void iris(Node subject, Node property, JsonObjectReader json, String field) {
        for (JsonObjectReader.Item item : json.items(field)) {
            String value = item.text();
            Node target = value == null ? null : iriNode(value, item.path());
            if (target != null) {
                add(subject, property, target);
            }
        }
    }

    private Node iriNode(String value, String at) {
        String resolved = resolve(value, at);
        return resolved == null ? null : NodeFactory.createURI(resolved);
    }

    /** The IRI, resolved against the node's base when relative; null (with an error) when not an IRI. */
    private String resolve(String value, String at) {
        try {
            return base.resolve(value).str();
        } catch (IRIException e) {
            errors.add(at + ": '" + value + "' is not an IRI");
            return null;
        }
    }

    private void add(Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }
}
