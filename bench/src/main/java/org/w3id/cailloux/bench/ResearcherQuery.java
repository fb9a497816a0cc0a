package org.w3id.cailloux.bench;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** One query of the mix: a short name, what a researcher asks with it, and its SPARQL text. */
public record ResearcherQuery(String name, String question, String text) {

    /** The Accept header both endpoints get: SPARQL JSON results, or N-Triples for graphs. */
    public String accept() {
        Query query = QueryFactory.create(text);
        return query.isConstructType() || query.isDescribeType() ? "application/n-triples" : "application/sparql-results+json";
    }

    /** Whether the answer is a graph (CONSTRUCT, DESCRIBE). */
    public boolean graphResult() {
        return accept().equals("application/n-triples");
    }

    /** Whether the answer is a boolean (ASK). */
    public boolean askResult() {
        return QueryFactory.create(text).isAskType();
    }
}
