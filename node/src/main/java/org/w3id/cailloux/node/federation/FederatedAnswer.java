package org.w3id.cailloux.node.federation;

import org.w3id.cailloux.node.sparql.AnswerCache;

/**
 * The answer to a federated query, with the nodes that contributed.
 *
 * @param answer  the rows, boolean or triples, and what they were written as
 * @param sources the {@code Cailloux-Sources} header value
 * @param failed  how many nodes failed and were left out
 * @param timing  the {@code Server-Timing} header value: milliseconds spent planning, fetching, evaluating
 */
public record FederatedAnswer(AnswerCache.Kept answer, String sources, long failed, String timing) {}
