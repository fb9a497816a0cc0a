package org.w3id.cailloux.bench;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.cailloux.vocabulary.ADMS;
import org.w3id.cailloux.vocabulary.CX;
import org.w3id.cailloux.vocabulary.Scheme;

/** An experiment as its RDF record: the experiment IRI {@code <base>experiments/<slug>} and its fragment parts. */
public final class ExperimentRdf {

    private static final Node SCHEMA_START = NodeFactory.createURI("http://schema.org/startDate");
    private static final Node SCHEMA_END = NodeFactory.createURI("http://schema.org/endDate");
    private static final Node SCHEMA_TEXT = NodeFactory.createURI("http://schema.org/text");
    private static final Node SCHEMA_VALUE = NodeFactory.createURI("http://schema.org/value");
    private static final Node SCHEMA_UNIT = NodeFactory.createURI("http://schema.org/unitText");

    private final String base;

    /** Records with IRIs under {@code base} (ends with a slash). */
    public ExperimentRdf(String base) {
        this.base = base;
    }

    /** The IRI of the experiment with this slug. */
    public String iri(String slug) {
        return base + "experiments/" + slug;
    }

    /** The record of {@code spec}, as a new graph. */
    public Graph graph(ExperimentSpec spec) {
        Graph g = GraphFactory.createGraphMem();
        String iri = iri(spec.slug());
        Node e = uri(iri);
        g.add(e, RDF.type.asNode(), CX.Experiment.asNode());
        g.add(e, DCTerms.title.asNode(), fr(spec.titleFr()));
        if (spec.titleEn() != null) {
            g.add(e, DCTerms.title.asNode(), NodeFactory.createLiteralLang(spec.titleEn(), "en"));
        }
        g.add(e, DCTerms.abstract_.asNode(), fr(spec.summaryFr()));
        g.add(e, ADMS.status.asNode(), concept(Scheme.STATUSES, spec.status()));
        g.add(e, DCTerms.spatial.asNode(), uri(base + "territory"));
        g.add(e, SCHEMA_START, date(spec.startDate()));
        if (spec.endDate() != null) {
            g.add(e, SCHEMA_END, date(spec.endDate()));
        }
        spec.pillars().forEach(p -> g.add(e, CX.pillar.asNode(), concept(Scheme.PILLARS, p)));
        spec.themes().forEach(t -> g.add(e, CX.theme.asNode(), concept(Scheme.THEMES, t)));
        g.add(e, CX.participationLevel.asNode(), concept(Scheme.PARTICIPATION_LEVELS, spec.participationLevel()));
        spec.devices().forEach(d -> g.add(e, CX.device.asNode(), concept(Scheme.DEVICES, d)));

        Node narrative = uri(iri + "#narrative-1");
        g.add(e, CX.narrative.asNode(), narrative);
        g.add(narrative, RDF.type.asNode(), CX.Narrative.asNode());
        g.add(narrative, DCTerms.title.asNode(), fr(spec.narrative().titleFr()));
        g.add(narrative, SCHEMA_TEXT, fr(spec.narrative().textFr()));

        for (ExperimentSpec.Means means : spec.means()) {
            Node m = part(g, e, iri, means.id(), CX.meansEngaged.asNode(), CX.MeansEngaged.asNode());
            g.add(m, CX.meansType.asNode(), concept(Scheme.MEANS_TYPES, means.type()));
            g.add(m, DCTerms.description.asNode(), fr(means.descriptionFr()));
            if (means.amount() != null) {
                g.add(m, SCHEMA_VALUE, NodeFactory.createLiteralDT(means.amount().toString(), XSDDatatype.XSDinteger));
                g.add(m, SCHEMA_UNIT, NodeFactory.createLiteralString(means.unit()));
            }
        }
        for (ExperimentSpec.Effect effect : spec.effects()) {
            Node f = part(g, e, iri, effect.id(), CX.effect.asNode(), CX.Effect.asNode());
            effect.types().forEach(t -> g.add(f, CX.effectType.asNode(), concept(Scheme.EFFECT_TYPES, t)));
            g.add(f, DCTerms.description.asNode(), fr(effect.descriptionFr()));
        }
        for (ExperimentSpec.Lesson lesson : spec.lessons()) {
            Node l = part(g, e, iri, lesson.id(), CX.lesson.asNode(), CX.Lesson.asNode());
            g.add(l, CX.lessonKind.asNode(), concept(Scheme.LESSON_KINDS, lesson.kind()));
            g.add(l, DCTerms.description.asNode(), fr(lesson.descriptionFr()));
        }
        for (ExperimentSpec.Milestone milestone : spec.milestones()) {
            Node m = part(g, e, iri, milestone.id(), CX.milestone.asNode(), CX.Milestone.asNode());
            g.add(m, DCTerms.title.asNode(), fr(milestone.titleFr()));
            g.add(m, DCTerms.date.asNode(), date(milestone.date()));
        }
        spec.inspiredBy().forEach(slug -> g.add(e, CX.inspiredBy.asNode(), uri(iri(slug))));
        return g;
    }

    private static Node part(Graph g, Node experiment, String iri, String id, Node link, Node type) {
        Node part = uri(iri + "#" + id);
        g.add(experiment, link, part);
        g.add(part, RDF.type.asNode(), type);
        return part;
    }

    /** {@code YYYY} as xsd:gYear, {@code YYYY-MM} as xsd:gYearMonth, else xsd:date — as the JSON form reads them. */
    static Node date(String value) {
        XSDDatatype type = switch (value.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
        return NodeFactory.createLiteralDT(value, type);
    }

    private static Node concept(Scheme scheme, String slug) {
        return scheme.concept(slug).asNode();
    }

    private static Node fr(String text) {
        return NodeFactory.createLiteralLang(text, "fr");
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
