package org.w3id.cailloux.node.federation;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.peers.PeerRegistry;
import org.w3id.cailloux.node.sparql.ProtocolRequest;
import org.w3id.cailloux.node.sparql.QueryAnswer;
import org.w3id.cailloux.node.sparql.SparqlQuery;

/**
 * One federated SPARQL query: validate (as the local endpoint does, SERVICE allowed only to registered
 * peers), then plan, fetch within the deadline, and evaluate locally. The nodes are this node (from its
 * index) and the registered peers, and no one else.
 */
@Singleton
public class FederatedQuery {

    private final SparqlQuery sparql;
    private final FederationPlanner planner;
    private final DataRounds rounds;
    private final LocalEvaluation evaluation;
    private final PeerRegistry registry;
    private final NodeIdentity identity;
    private final FederationSettings settings;
    private final FederatedAnswerCache answers;

    FederatedQuery(SparqlQuery sparql, FederationPlanner planner, DataRounds rounds, LocalEvaluation evaluation,
                   PeerRegistry registry, NodeIdentity identity, FederationSettings settings, FederatedAnswerCache answers) {
        this.sparql = sparql;
        this.planner = planner;
        this.rounds = rounds;
        this.evaluation = evaluation;
        this.registry = registry;
        this.identity = identity;
        this.settings = settings;
        this.answers = answers;
    }

    /** The parsed query, or a problem saying why it is refused (including SERVICE to anything but a peer). */
    public Query validate(ProtocolRequest request, String base) {
        Query query = sparql.parse(request, base);
        ServiceCalls.of(query, sources());
        return query;
    }

    /**
     * Runs a {@link #validate validated} query over the network, or gives the answer kept for it while nothing it
     * rests on changed ({@link FederatedAnswerCache}); {@code reuseKept} false (a client's {@code Cache-Control:
     * no-cache}) computes it anew and asks every peer again instead of using the answers they gave before.
     */
    public FederatedAnswer execute(ProtocolRequest request, Query query, boolean reuseKept) {
        long started = System.nanoTime();
        List<Source> sources = sources();
        FederatedAnswerCache.State state = answers.state(sources);
        if (reuseKept) {
            Optional<FederatedAnswer> kept = answers.get(request, state, started);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        Deadline deadline = Deadline.after(settings.getTimeout());
        SourceLedger ledger = new SourceLedger(sources, reuseKept);
        try {
            FederationPlan plan = planner.plan(query, ledger, deadline);
            long planned = System.nanoTime();
            DataRounds.Fetched fetched = rounds.run(plan, ledger, deadline);
            long received = System.nanoTime();
            QueryAnswer answer = plan.partialAggregation().isPresent()
                    ? evaluation.combine(request, query, plan.partialAggregation().get(), fetched.partials())
                    : evaluation.evaluate(request, query, fetched.data(), fetched.services(), !plan.services().isEmpty());
            String timing = String.format(Locale.ROOT,
                    "plan;dur=%.1f, fetch;dur=%.1f, round1;dur=%.1f, round2;dur=%.1f, evaluate;dur=%.1f",
                    (planned - started) / 1e6, (received - planned) / 1e6, fetched.firstMillis(), fetched.secondMillis(),
                    (System.nanoTime() - received) / 1e6);
            return new FederatedAnswer(answers.put(request, state, answer, ledger, sources), SourcesHeader.format(ledger),
                    ledger.failures(), timing);
        } finally {
            ledger.report(registry);
        }
    }

    /** The planner's decisions for the query, without sending data requests. */
    public Map<String, Object> explain(Query query) {
        SourceLedger ledger = new SourceLedger(sources(), true);
        try {
            FederationPlan plan = planner.plan(query, ledger, Deadline.after(settings.getTimeout()));
            return FederationExplain.describe(query, plan, ledger);
        } finally {
            ledger.report(registry);
        }
    }

    /** This node, then every registered peer but this node itself. */
    public List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        String self = identity.nodeIri();
        sources.add(Source.self(self));
        registry.peers().stream().filter(p -> !p.nodeIri().equals(self)).map(Source::of).forEach(sources::add);
        return sources;
    }
}
