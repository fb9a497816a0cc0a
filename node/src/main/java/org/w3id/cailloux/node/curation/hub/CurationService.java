package org.w3id.cailloux.node.curation.hub;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.curation.Actor;
import org.w3id.cailloux.node.curation.change.Change;
import org.w3id.cailloux.node.curation.change.ChangeReader;
import org.w3id.cailloux.node.curation.change.InvalidChangeException;
import org.w3id.cailloux.node.curation.problems.BlockingFindingsProblem;
import org.w3id.cailloux.node.curation.problems.ConflictingProposalProblem;
import org.w3id.cailloux.node.curation.problems.CurationRequestProblem;
import org.w3id.cailloux.node.curation.problems.InvalidProposalProblem;
import org.w3id.cailloux.node.curation.problems.OwnProposalProblem;
import org.w3id.cailloux.node.curation.problems.ProposalNotFoundProblem;
import org.w3id.cailloux.node.curation.problems.ProposalStateProblem;
import org.w3id.cailloux.node.curation.review.Finding;
import org.w3id.cailloux.node.curation.review.Review;
import org.w3id.cailloux.node.curation.review.Reviewer;
import org.w3id.cailloux.node.curation.store.Comment;
import org.w3id.cailloux.node.curation.store.CurationStore;
import org.w3id.cailloux.node.curation.store.Proposal;
import org.w3id.cailloux.node.curation.store.ProposalState;
import org.w3id.cailloux.node.curation.store.Release;
import org.w3id.cailloux.node.security.ForbiddenProblem;

/**
 * The hub's curation workflow: proposals are made (by the hub's staff or forwarded by a city node), commented, reviewed
 * against the working vocabulary, decided by a coordinator who did not make them, and released ({@link Releases}).
 * Every action is written to the audit trail in the same transaction. One hub process: actions are serialised here.
 */
@Singleton
@Requires(property = "cailloux.vocabulary.hub", value = "true")
public class CurationService {

    private static final int MAX_COMMENT = 5_000;
    private static final int MAX_RATIONALE = 5_000;

    private final CurationStore store;
    private final Reviewer reviewer;
    private final NodeIdentity identity;
    private final HubVocabulary hub;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile CachedFindings cachedBefore;

    CurationService(CurationStore store, Reviewer reviewer, NodeIdentity identity, HubVocabulary hub) {
        this.store = store;
        this.reviewer = reviewer;
        this.identity = identity;
        this.hub = hub;
    }

    private record CachedFindings(String key, List<Finding> findings) {}

    /** The URL of a proposal's page. */
    public String url(long id) {
        return identity.baseUri() + "vocabulary/proposals/" + id;
    }

    /** The URL of a release's version on this hub. */
    public String versionUrl(String version) {
        return identity.baseUri() + "vocabulary/versions/" + version;
    }

    /** Makes a proposal: {@code body} is the change's JSON with {@code rationale} and, optionally, {@code "draft": true}. */
    public Proposal propose(Actor actor, Map<String, Object> body, String language) {
        lock.lock();
        try {
            WorkingVocabulary working = working(-1);
            Change change = read(body, working.graph(), language, true);
            String rationale = rationale(body, language);
            ProposalState state = Boolean.TRUE.equals(body.get("draft")) ? ProposalState.DRAFT : ProposalState.SUBMITTED;
            String minted = change.minted();
            Proposal made = store.inTransaction(tx -> {
                if (minted != null) {
                    refuseTaken(tx, minted, -1, language);
                }
                Proposal p = tx.insert(change.kind(), state, change.title("fr", labels(working.graph())), change.toJson(), rationale,
                        actor.username(), actor.node(), minted);
                tx.audit(actor.username(), actor.node(), "proposed", p.id(), null, state.code() + ": " + p.title());
                return p;
            });
            if (minted != null && state != ProposalState.DRAFT) {
                hub.publish();
            }
            return made;
        } finally {
            lock.unlock();
        }
    }

    /** The proposer replaces the change of a draft or of a proposal not yet in review. */
    public Proposal edit(Actor actor, long id, Map<String, Object> body, String language) {
        lock.lock();
        try {
            Proposal p = find(id);
            requireProposer(actor, p, "edit");
            if (p.state() != ProposalState.DRAFT && p.state() != ProposalState.SUBMITTED) {
                throw new ProposalStateProblem("Proposal " + id + " is " + p.state().code() + ": only a draft or a submitted proposal"
                        + " not yet in review can be edited; comment on it instead.");
            }
            WorkingVocabulary working = working(id);
            Change change = read(body, working.graph(), language, body.containsKey("rationale"));
            String rationale = body.containsKey("rationale") ? rationale(body, language) : p.rationale();
            Proposal edited = store.inTransaction(tx -> {
                if (change.minted() != null) {
                    refuseTaken(tx, change.minted(), id, language);
                }
                tx.edit(id, change.title("fr", labels(working.graph())), change.toJson(), rationale, change.minted());
                tx.audit(actor.username(), actor.node(), "edited", id, null, "");
                return tx.find(id, false).orElseThrow();
            });
            if (edited.candidateIri() != null || p.candidateIri() != null) {
                hub.publish();
            }
            return edited;
        } finally {
            lock.unlock();
        }
    }

    /** The proposer submits a draft. */
    public Proposal submit(Actor actor, long id) {
        return transition(actor, id, ProposalState.SUBMITTED, null, true);
    }

    /** The proposer withdraws a proposal not yet decided. */
    public Proposal withdraw(Actor actor, long id, String reason) {
        return transition(actor, id, ProposalState.WITHDRAWN, reason, true);
    }

    /**
     * A coordinator's decision: {@code in-review}, {@code accepted} (refused while the change brings blocking findings or
     * conflicts with an accepted proposal) or {@code rejected} (with a reason). Nobody decides on their own proposal.
     */
    public Proposal decide(Actor actor, long id, String decision, String reason, String language) {
        if (!actor.coordinates()) {
            throw new ForbiddenProblem("Only a coordinator of the hub decides on proposals; the account " + actor.username()
                    + " is " + actor.role().code() + ".");
        }
        ProposalState target = ProposalState.ofCode(decision == null ? "" : decision)
                .filter(s -> s == ProposalState.IN_REVIEW || s == ProposalState.ACCEPTED || s == ProposalState.REJECTED)
                .orElseThrow(() -> new CurationRequestProblem("decision is in-review, accepted or rejected."));
        if (target == ProposalState.REJECTED && (reason == null || reason.isBlank())) {
            throw new CurationRequestProblem("A rejection says why, in 'reason': the proposer and the network read it.");
        }
        return transition(actor, id, target, reason, false);
    }

    /** Adds a comment to the proposal's thread. */
    public Comment comment(Actor actor, long id, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_COMMENT) {
            throw new CurationRequestProblem("A comment is a text of 1 to " + MAX_COMMENT + " characters, in 'text'.");
        }
        return store.inTransaction(tx -> {
            Proposal p = tx.find(id, true).orElseThrow(() -> notFound(id));
            if (p.state() == ProposalState.DRAFT && !p.proposedBy(actor.username(), actor.node())) {
                throw notFound(id);
            }
            Comment c = tx.comment(id, actor.username(), actor.node(), body);
            tx.audit(actor.username(), actor.node(), "commented", id, null, body.length() > 200 ? body.substring(0, 200) + "…" : body);
            return c;
        });
    }

    /** The proposal, if {@code viewer} may see it (a draft only by its proposer). */
    public Proposal find(long id, Actor viewer) {
        Proposal p = find(id);
        if (p.state() == ProposalState.DRAFT && (viewer == null || !p.proposedBy(viewer.username(), viewer.node()))) {
            throw notFound(id);
        }
        return p;
    }

    /** Proposals matching the filter that {@code viewer} may see, newest first. */
    public List<Proposal> list(CurationStore.Filter filter, Actor viewer) {
        return store.inTransaction(tx -> tx.list(filter)).stream()
                .filter(p -> p.state() != ProposalState.DRAFT || viewer != null && p.proposedBy(viewer.username(), viewer.node()))
                .toList();
    }

    /** The proposal with its thread, review, overlaps with other pending proposals, and conflict. */
    public ProposalView view(long id, Actor viewer) {
        Proposal p = find(id, viewer);
        List<Comment> comments = store.inTransaction(tx -> tx.comments(id));
        if (p.state().finished()) {
            return new ProposalView(p, url(id), comments, null, null, List.of(), null, p.state() == ProposalState.RELEASED
                    ? "released in " + p.releasedIn() : "no longer to be decided");
        }
        WorkingVocabulary working = working(id);
        Change change;
        try {
            change = ChangeReader.read(p.change(), working.graph());
        } catch (InvalidChangeException e) {
            return new ProposalView(p, url(id), comments, null, null, List.of(), null,
                    "the change no longer applies to the working vocabulary: " + e.errors().get(0).en());
        }
        Map<String, String> severities = severities();
        Review review = reviewer.review(working.graph(), before(working, severities), change, severities);
        return new ProposalView(p, url(id), comments, change, review, pendingOverlaps(p, review), conflict(p, change, working), null);
    }

    /** The severities in force, by check id: the coordinators' where set, else each check's default. */
    public Map<String, String> severities() {
        return hub.severities();
    }

    /** A coordinator sets a check's severity. */
    public void setSeverity(Actor actor, String checkId, String severity) {
        if (!actor.coordinates()) {
            throw new ForbiddenProblem("Only a coordinator sets the severity of a check.");
        }
        if (reviewer.checks().stream().noneMatch(c -> c.id().equals(checkId))) {
            throw new ProposalNotFoundProblem("No check is named " + checkId + "; GET /vocabulary/checks lists them.");
        }
        if (!"blocking".equals(severity) && !"warning".equals(severity)) {
            throw new CurationRequestProblem("severity is blocking or warning.");
        }
        store.inTransaction(tx -> {
            tx.setSeverity(checkId, severity, actor.username());
            tx.audit(actor.username(), actor.node(), "set-severity", null, null, checkId + " = " + severity);
            return null;
        });
        cachedBefore = null;
    }

    /** The working vocabulary: the latest release with the accepted proposals (those before {@code id}, when it is one). */
    WorkingVocabulary working(long id) {
        return store.inTransaction(tx -> {
            Release latest = Releases.latest(tx);
            List<Proposal> pending = tx.pending();
            Long seq = pending.stream().filter(p -> p.id() == id).findFirst().map(Proposal::acceptedSeq).orElse(null);
            List<Proposal> base = pending.stream().filter(p -> p.id() != id
                    && (seq == null || p.acceptedSeq() != null && p.acceptedSeq() < seq)).toList();
            return WorkingVocabulary.of(latest, base);
        });
    }

    /** Labels of the working vocabulary, to name concepts in titles. */
    static Change.Labels labels(Graph vocabulary) {
        return (iri, language) -> {
            Node label = G.find(vocabulary, NodeFactory.createURI(iri), SKOS.prefLabel.asNode(), Node.ANY).toList().stream()
                    .map(org.apache.jena.graph.Triple::getObject)
                    .filter(o -> o.isLiteral() && o.getLiteralLanguage().equals(language)).findFirst().orElse(null);
            return label != null ? label.getLiteralLexicalForm() : iri.substring(iri.lastIndexOf('/') + 1);
        };
    }

    private List<Finding> before(WorkingVocabulary working, Map<String, String> severities) {
        String key = working.latest().version() + working.accepted().stream().map(a -> "," + a.proposal().id()).reduce("", String::concat)
                + severities.hashCode();
        CachedFindings cached = cachedBefore;
        if (cached == null || !cached.key().equals(key)) {
            cached = new CachedFindings(key, reviewer.check(working.graph(), severities));
            cachedBefore = cached;
        }
        return cached.findings();
    }

    private Proposal transition(Actor actor, long id, ProposalState target, String reason, boolean byProposer) {
        lock.lock();
        try {
            Proposal p = find(id);
            if (byProposer) {
                requireProposer(actor, p, target == ProposalState.SUBMITTED ? "submit" : "withdraw");
            } else if (p.proposedBy(actor.username(), actor.node())) {
                throw new OwnProposalProblem("Proposal " + id + " is yours: another coordinator decides on it.");
            }
            Set<ProposalState> from = switch (target) {
                case SUBMITTED -> Set.of(ProposalState.DRAFT);
                case WITHDRAWN -> Set.of(ProposalState.DRAFT, ProposalState.SUBMITTED, ProposalState.IN_REVIEW);
                case IN_REVIEW -> Set.of(ProposalState.SUBMITTED);
                case ACCEPTED, REJECTED -> Set.of(ProposalState.SUBMITTED, ProposalState.IN_REVIEW);
                default -> Set.of();
            };
            if (!from.contains(p.state())) {
                throw new ProposalStateProblem("Proposal " + id + " is " + p.state().code() + "; it cannot become " + target.code()
                        + " (only from " + from.stream().map(ProposalState::code).sorted().toList() + "). Nothing was changed.");
            }
            if (target == ProposalState.ACCEPTED) {
                requireAcceptable(p);
            }
            Proposal done = store.inTransaction(tx -> {
                tx.find(id, true);
                tx.setState(id, target, byProposer ? null : actor.username(), reason == null ? null : reason.strip());
                tx.audit(actor.username(), actor.node(), target.code(), id, null, reason == null ? "" : reason.strip());
                return tx.find(id, false).orElseThrow();
            });
            if (p.candidateIri() != null) {
                hub.publish();
            }
            return done;
        } finally {
            lock.unlock();
        }
    }

    private void requireAcceptable(Proposal p) {
        WorkingVocabulary working = working(p.id());
        Change change;
        try {
            change = ChangeReader.read(p.change(), working.graph());
        } catch (InvalidChangeException e) {
            ProposalView.Conflict conflict = firstConflict(p, working);
            if (conflict != null) {
                throw new ConflictingProposalProblem(p.id(), conflict.id(), conflict.title(), conflict.url(), conflict.concepts());
            }
            throw new ProposalStateProblem("Proposal " + p.id() + " no longer applies to the vocabulary with the accepted proposals: "
                    + e.errors().get(0).en() + " Nothing was changed; its proposer may revise it.");
        }
        ProposalView.Conflict conflict = conflict(p, change, working);
        if (conflict != null) {
            throw new ConflictingProposalProblem(p.id(), conflict.id(), conflict.title(), conflict.url(), conflict.concepts());
        }
        Map<String, String> severities = severities();
        Review review = reviewer.review(working.graph(), before(working, severities), change, severities);
        if (!review.blocking().isEmpty()) {
            throw new BlockingFindingsProblem("Accepting proposal " + p.id(), review.blocking());
        }
    }

    /** The first accepted proposal (in acceptance order) that touches what this one does. */
    private ProposalView.Conflict conflict(Proposal p, Change change, WorkingVocabulary working) {
        for (WorkingVocabulary.Accepted a : working.accepted()) {
            List<String> shared = overlap(change, a.change());
            if (!shared.isEmpty()) {
                return new ProposalView.Conflict(a.proposal().id(), a.proposal().title(), url(a.proposal().id()), shared);
            }
        }
        return null;
    }

    /** For a change that no longer reads: the accepted proposal that made it so, if one touches its concepts. */
    private ProposalView.Conflict firstConflict(Proposal p, WorkingVocabulary working) {
        Set<String> mentioned = new LinkedHashSet<>();
        p.change().values().forEach(v -> collectIris(v, mentioned));
        for (WorkingVocabulary.Accepted a : working.accepted()) {
            Set<String> touched = new LinkedHashSet<>(a.change().subjects());
            touched.addAll(a.change().retired());
            List<String> shared = mentioned.stream().filter(touched::contains).toList();
            if (!shared.isEmpty()) {
                return new ProposalView.Conflict(a.proposal().id(), a.proposal().title(), url(a.proposal().id()), shared);
            }
        }
        return null;
    }

    private static void collectIris(Object value, Set<String> into) {
        if (value instanceof String s && s.startsWith("http")) {
            into.add(s);
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectIris(v, into));
        }
    }

    /** What two changes both touch: a concept both rewrite, or one retires what the other points to. */
    static List<String> overlap(Change a, Change b) {
        Set<String> shared = new LinkedHashSet<>(a.subjects());
        shared.retainAll(b.subjects());
        for (String retired : a.retired()) {
            if (b.references().contains(retired)) {
                shared.add(retired);
            }
        }
        for (String retired : b.retired()) {
            if (a.references().contains(retired)) {
                shared.add(retired);
            }
        }
        return List.copyOf(shared);
    }

    /** Labels this proposal adds that another pending proposal adds too (qSKOS ol, against pending proposals). */
    private List<Finding> pendingOverlaps(Proposal p, Review review) {
        Map<String, String> mine = addedLabels(review.delta().insertions());
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Finding> overlaps = new ArrayList<>();
        WorkingVocabulary released = store.inTransaction(tx -> WorkingVocabulary.of(Releases.latest(tx), List.of()));
        for (Proposal other : store.inTransaction(CurationStore.Tx::pending)) {
            if (other.id() == p.id() || other.state() == ProposalState.ACCEPTED) {
                continue; // accepted ones are in the working vocabulary, where the checks compare labels already
            }
            Graph after = Reviewer.copy(released.graph());
            try {
                ChangeReader.read(other.change(), released.graph()).apply(after);
            } catch (InvalidChangeException e) {
                continue;
            }
            Map<String, String> theirs = addedLabels(org.w3id.cailloux.node.curation.change.Delta.between(released.graph(), after).insertions());
            mine.forEach((key, concept) -> {
                if (theirs.containsKey(key) && !theirs.get(key).equals(concept)) {
                    overlaps.add(new Finding("overlapping-labels-pending", "warning", concept, "the label " + key.substring(key.indexOf('|') + 1)
                            + " is also proposed for <" + theirs.get(key) + "> by proposal " + other.id() + " (" + url(other.id()) + ")"));
                }
            });
        }
        return overlaps;
    }

    /** Labels added, as "lang|folded text" → concept. */
    private static Map<String, String> addedLabels(Graph insertions) {
        Map<String, String> labels = new HashMap<>();
        for (Node property : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode())) {
            insertions.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral() && t.getSubject().isURI()) {
                    String folded = t.getObject().getLiteralLexicalForm().strip().replaceAll("\\s+", " ").toLowerCase();
                    labels.put(t.getObject().getLiteralLanguage() + "|\"" + folded + "\"@" + t.getObject().getLiteralLanguage(),
                            t.getSubject().getURI());
                }
            });
        }
        return labels;
    }

    /** The change of a body, every fault reported at once, the rationale's too when {@code withRationale}. */
    private Change read(Map<String, Object> body, Graph vocabulary, String language, boolean withRationale) {
        List<org.w3id.cailloux.node.curation.change.FieldError> errors = new ArrayList<>();
        Change change = null;
        try {
            change = ChangeReader.read(body, vocabulary);
        } catch (InvalidChangeException e) {
            errors.addAll(e.errors());
        }
        if (withRationale && rationaleError(body) != null) {
            errors.add(rationaleError(body));
        }
        if (!errors.isEmpty()) {
            throw new InvalidProposalProblem(errors, language);
        }
        return change;
    }

    private static org.w3id.cailloux.node.curation.change.FieldError rationaleError(Map<String, Object> body) {
        String rationale = body.get("rationale") instanceof String s ? s.strip() : "";
        return rationale.isEmpty() || rationale.length() > MAX_RATIONALE ? new org.w3id.cailloux.node.curation.change.FieldError("rationale",
                "Dites pourquoi ce changement (1 à " + MAX_RATIONALE + " caractères) : la relecture et l'historique le gardent.",
                "Say why this change (1 to " + MAX_RATIONALE + " characters): the review and the history keep it.") : null;
    }

    private static String rationale(Map<String, Object> body, String language) {
        return ((String) body.get("rationale")).strip();
    }

    private void refuseTaken(CurationStore.Tx tx, String minted, long self, String language) throws SQLException {
        Optional<Proposal> taken = tx.list(new CurationStore.Filter(null, null, null, null, null)).stream()
                .filter(o -> minted.equals(o.candidateIri()) && o.id() != self).findFirst();
        if (taken.isPresent()) {
            throw new InvalidProposalProblem(List.of(new org.w3id.cailloux.node.curation.change.FieldError("slug",
                    "L'IRI " + minted + " est déjà proposée (proposition " + taken.get().id() + ") : choisissez un autre nom court.",
                    "The IRI " + minted + " is proposed already (proposal " + taken.get().id() + "): choose another slug.")), language);
        }
    }

    private void requireProposer(Actor actor, Proposal p, String what) {
        if (!p.proposedBy(actor.username(), actor.node())) {
            throw new ForbiddenProblem("Only the proposer (" + p.proposer() + " of " + p.proposerNode() + ") may " + what
                    + " proposal " + p.id() + ".");
        }
    }

    private Proposal find(long id) {
        return store.inTransaction(tx -> tx.find(id, false)).orElseThrow(() -> notFound(id));
    }

    private static ProposalNotFoundProblem notFound(long id) {
        return new ProposalNotFoundProblem("No proposal " + id + " is on this hub; GET /vocabulary/proposals lists them.");
    }

}
