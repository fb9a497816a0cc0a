package org.w3id.cailloux.node.linkeddata;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cailloux.node.linkeddata.ExperimentPage.Actor;
import org.w3id.cailloux.node.linkeddata.ExperimentPage.Described;
import org.w3id.cailloux.node.linkeddata.ExperimentPage.Download;
import org.w3id.cailloux.node.linkeddata.ExperimentPage.Link;
import org.w3id.cailloux.node.linkeddata.ExperimentPage.Milestone;
import org.w3id.cailloux.node.linkeddata.ExperimentPage.Narrative;
import org.w3id.cailloux.node.linkeddata.ExperimentPage.Text;
import org.w3id.cailloux.vocabulary.ADMS;
import org.w3id.cailloux.vocabulary.CX;
import org.w3id.cailloux.vocabulary.PROV;
import org.w3id.cailloux.vocabulary.Scheme;

/** Reads an {@link ExperimentPage} from an experiment's named graph and the vocabulary's labels. */
final class ExperimentPageReader {

    private static final String SUCCESS = Scheme.LESSON_KINDS.concept("success").getURI();

    private final Graph graph;
    private final Map<String, ConceptLabel> labels;
    private final Function<String, String> titles;

    private ExperimentPageReader(Graph graph, Map<String, ConceptLabel> labels, Function<String, String> titles) {
        this.graph = graph;
        this.labels = labels;
        this.titles = titles;
    }

    /**
     * The page of the experiment {@code iri} described in {@code graph}, with the vocabulary's {@code labels}
     * of its concepts; {@code titles} gives the French title of another experiment the node publishes, by IRI (null for none).
     */
    static ExperimentPage read(String iri, String slug, Graph graph, Map<String, ConceptLabel> labels,
                               Function<String, String> titles, List<Download> downloads) {
        return new ExperimentPageReader(graph, labels, titles).page(NodeFactory.createURI(iri), slug, downloads);
    }

    private ExperimentPage page(Node e, String slug, List<Download> downloads) {
        List<Described> lessons = described(e, CX.lesson.asNode(), CX.lessonKind.asNode());
        return new ExperimentPage(e.getURI(), slug, text(e, DCTerms.title.asNode()), text(e, DCTerms.abstract_.asNode()),
                first(concepts(e, ADMS.status.asNode())),
                PageDate.of(one(e, SchemaOrg.startDate)), PageDate.of(one(e, SchemaOrg.endDate)),
                iriOf(one(e, DCTerms.spatial.asNode())),
                concepts(e, CX.pillar.asNode()), concepts(e, CX.theme.asNode()),
                first(concepts(e, CX.participationLevel.asNode())), concepts(e, CX.device.asNode()),
                narratives(e), actors(e),
                described(e, CX.meansEngaged.asNode(), CX.meansType.asNode()),
                described(e, CX.effect.asNode(), CX.effectType.asNode()),
                lessons.stream().filter(ExperimentPageReader::isSuccess).toList(),
                // limits, and any lesson of another kind, which the page shows with its kind's label
                lessons.stream().filter(l -> !isSuccess(l)).toList(),
                milestones(e), links(e, CX.inspiredBy.asNode()), links(e, CX.adaptedFrom.asNode()),
                links(e, DCTerms.relation.asNode()),
                links(e, DCTerms.source.asNode()), links(e, FOAF.page.asNode()), downloads);
    }

    private List<Narrative> narratives(Node e) {
        return Literals.objects(graph, e, CX.narrative.asNode()).stream()
                .map(n -> new Narrative(fragment(n), text(n, DCTerms.title.asNode()), text(n, SchemaOrg.text),
                        creator(one(n, DCTerms.creator.asNode())), links(n, DCTerms.source.asNode()), links(n, SchemaOrg.about)))
                .toList();
    }

    private List<Actor> actors(Node e) {
        return Literals.objects(graph, e, PROV.qualifiedAssociation.asNode()).stream()
                .map(a -> {
                    Node agent = one(a, PROV.agent.asNode());
                    return new Actor(iriOf(agent), creator(agent), first(concepts(a, PROV.hadRole.asNode())),
                            text(a, RDFS.comment.asNode()));
                })
                .toList();
    }

    private List<Described> described(Node e, Node link, Node kind) {
        return Literals.objects(graph, e, link).stream()
                .map(d -> new Described(fragment(d), first(concepts(d, kind)), text(d, DCTerms.description.asNode()),
                        lexical(one(d, SchemaOrg.value)), lexical(one(d, SchemaOrg.unitText))))
                .toList();
    }

    private List<Milestone> milestones(Node e) {
        return Literals.objects(graph, e, CX.milestone.asNode()).stream()
                .map(m -> new Milestone(fragment(m), PageDate.of(one(m, DCTerms.date.asNode())),
                        text(m, DCTerms.title.asNode()), text(m, DCTerms.description.asNode())))
                .sorted(Comparator.comparing(Milestone::date, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private List<ConceptLabel> concepts(Node s, Node p) {
        return Literals.objects(graph, s, p).stream()
                .filter(Node::isURI)
                .map(c -> labels.getOrDefault(c.getURI(), ConceptLabel.unknown(c.getURI())))
                .toList();
    }

    /** IRIs become links (with the target's title when the graph has it); literals stay citations. */
    private List<Link> links(Node s, Node p) {
        return Literals.objects(graph, s, p).stream()
                .map(o -> o.isURI() ? new Link(o.getURI(), titleOrIri(o)) : new Link(null, lexical(o)))
                .toList();
    }

    private String titleOrIri(Node o) {
        String title = Literals.text(graph, o, DCTerms.title.asNode(), "fr");
        if (title.isEmpty()) {
            title = Literals.text(graph, o, FOAF.name.asNode(), "fr");
        }
        if (!title.isEmpty()) {
            return title;
        }
        String published = titles.apply(o.getURI());
        return published != null ? published : o.getURI();
    }

    /** An agent's name, or the literal itself when the creator is given as text. */
    private String creator(Node agent) {
        if (agent == null) {
            return null;
        }
        if (agent.isLiteral()) {
            return agent.getLiteralLexicalForm();
        }
        String name = Literals.text(graph, agent, FOAF.name.asNode(), "fr");
        return name.isEmpty() ? iriOf(agent) : name;
    }

    private Text text(Node s, Node p) {
        return new Text(Literals.text(graph, s, p, "fr"), Literals.text(graph, s, p, "en"));
    }

    private Node one(Node s, Node p) {
        List<Node> objects = Literals.objects(graph, s, p);
        return objects.isEmpty() ? null : objects.get(0);
    }

    private static boolean isSuccess(Described lesson) {
        return lesson.kind() != null && lesson.kind().iri().equals(SUCCESS);
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    private static String iriOf(Node n) {
        return n != null && n.isURI() ? n.getURI() : null;
    }

    private static String lexical(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static String fragment(Node n) {
        return n.isURI() && n.getURI().contains("#") ? n.getURI().substring(n.getURI().indexOf('#') + 1) : null;
    }
}
