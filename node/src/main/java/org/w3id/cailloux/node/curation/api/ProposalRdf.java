package org.w3id.cailloux.node.curation.api;

import java.io.ByteArrayOutputStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cailloux.node.curation.hub.ProposalView;
import org.w3id.cailloux.node.curation.store.Proposal;

/**
 * A proposal as RDF (TriG): described with schema.org's actions in the default graph (an {@code UpdateAction} whose
 * {@code actionStatus} follows its state, its agent, its object, its dates), and the triples it adds and removes in the
 * named graphs {@code <proposal>#insertions} and {@code <proposal>#deletions}, as skos-history keeps deltas.
 */
final class ProposalRdf {

    private static final String SCHEMA = "http://schema.org/";

    private ProposalRdf() {}

    static byte[] trig(ProposalView view) {
        Proposal p = view.proposal();
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        Graph g = dataset.getDefaultGraph();
        Node s = NodeFactory.createURI(view.url());
        g.add(s, RDF.type.asNode(), uri(p.kind().startsWith("new-") ? "CreateAction" : "UpdateAction"));
        g.add(s, uri("actionStatus"), uri(switch (p.state()) {
            case DRAFT -> "PotentialActionStatus";
            case SUBMITTED, IN_REVIEW -> "ActiveActionStatus";
            case ACCEPTED, RELEASED -> "CompletedActionStatus";
            case REJECTED, WITHDRAWN -> "FailedActionStatus";
        }));
        g.add(s, DCTerms.title.asNode(), NodeFactory.createLiteralLang(p.title(), "fr"));
        g.add(s, DCTerms.type.asNode(), NodeFactory.createLiteralString(p.kind()));
        g.add(s, uri("additionalType"), NodeFactory.createLiteralString(p.state().code()));
        g.add(s, DCTerms.description.asNode(), NodeFactory.createLiteralString(p.rationale()));
        Node agent = NodeFactory.createURI(view.url() + "#proposer");
        g.add(s, uri("agent"), agent);
        g.add(agent, RDF.type.asNode(), uri("Person"));
        g.add(agent, uri("identifier"), NodeFactory.createLiteralString(p.proposer()));
        g.add(agent, uri("memberOf"), NodeFactory.createURI(p.proposerNode()));
        g.add(s, uri("startTime"), NodeFactory.createLiteralDT(p.createdAt().toString(), XSDDatatype.XSDdateTime));
        if (p.decidedAt() != null) {
            g.add(s, uri("endTime"), NodeFactory.createLiteralDT(p.decidedAt().toString(), XSDDatatype.XSDdateTime));
        }
        if (p.candidateIri() != null) {
            g.add(s, uri("result"), NodeFactory.createURI(p.candidateIri()));
        }
        if (view.change() != null) {
            view.change().subjects().forEach(c -> g.add(s, uri("object"), NodeFactory.createURI(c)));
        }
        if (view.review() != null) {
            Node insertions = NodeFactory.createURI(view.url() + "#insertions");
            Node deletions = NodeFactory.createURI(view.url() + "#deletions");
            dataset.addGraph(insertions, view.review().delta().insertions());
            dataset.addGraph(deletions, view.review().delta().deletions());
            g.add(s, DCTerms.hasPart.asNode(), insertions);
            g.add(s, DCTerms.hasPart.asNode(), deletions);
        }
        dataset.prefixes().add("schema", SCHEMA);
        dataset.prefixes().add("dct", DCTerms.NS);
        dataset.prefixes().add("skos", org.apache.jena.vocabulary.SKOS.uri);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dataset, RDFFormat.TRIG_PRETTY);
        return out.toByteArray();
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(SCHEMA + local);
    }
}
