package org.w3id.cailloux.node.curation.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.cailloux.node.curation.Actor;
import org.w3id.cailloux.node.curation.CurationActors;
import org.w3id.cailloux.node.curation.api.ProposalJson;
import org.w3id.cailloux.node.curation.hub.Changelog;
import org.w3id.cailloux.node.curation.hub.ProposalView;
import org.w3id.cailloux.node.curation.hub.Releases;
import org.w3id.cailloux.node.curation.store.AuditEntry;
import org.w3id.cailloux.node.curation.store.CurationStore;
import org.w3id.cailloux.node.curation.store.Proposal;
import org.w3id.cailloux.node.curation.store.ProposalState;
import org.w3id.cailloux.node.curation.store.Release;
import org.w3id.cailloux.node.vocabulary.VocabularyPage;
import org.w3id.cailloux.node.web.SignedIn;
import org.w3id.cailloux.node.web.StaffSessions;
import org.w3id.cailloux.node.web.WebText;

/** The HTML pages of curation: the models of the Thymeleaf views under {@code views/curation/}. */
@Singleton
public class CurationPages {

    private final StaffSessions sessions;
    private final CurationActors actors;
    private final VocabularyPage vocabulary;
    private final jakarta.inject.Provider<ProposalDesk> desk;
    private final org.w3id.cailloux.node.NodeIdentity identity;

    CurationPages(StaffSessions sessions, CurationActors actors, VocabularyPage vocabulary, jakarta.inject.Provider<ProposalDesk> desk,
                  org.w3id.cailloux.node.NodeIdentity identity) {
        this.identity = identity;
        this.sessions = sessions;
        this.actors = actors;
        this.vocabulary = vocabulary;
        this.desk = desk;
    }

    /** The signed-in staff member of a page request, as an actor. */
    public Optional<Actor> viewer(HttpRequest<?> request) {
        return sessions.current(request).map(s -> actors.local(s.staff()));
    }

    /** The proposal queue with its filters. */
    public HttpResponse<?> queue(HttpRequest<?> request, CurationStore.Filter filter, List<Proposal> found) {
        Map<String, Object> model = base(request);
        model.put("filter", filter);
        model.put("states", ProposalState.values());
        model.put("kinds", ProposalForm.KINDS);
        model.put("rows", found.stream().map(p -> row(ProposalJson.of(p, ""))).toList());
        return page("curation/queue", model);
    }

    /** One proposal's page, from the hub's data. */
    public HttpResponse<?> proposal(HttpRequest<?> request, ProposalView view, Map<String, Object> impact) {
        Map<String, Object> json = ProposalJson.of(view);
        Map<String, Object> model = base(request);
        model.put("impact", impact);
        proposalModel(model, json, signedInStaff(request));
        return page("curation/proposal", model);
    }

    /** The model of a proposal's page (hub or city) from its JSON, with the delta when known here. */
    @SuppressWarnings("unchecked")
    void proposalModel(Map<String, Object> model, Map<String, Object> json, SignedIn signedIn) {
        model.put("p", row(json));
        model.put("change", json.get("change"));
        model.put("review", json.get("review"));
        model.put("pendingOverlaps", json.getOrDefault("pendingOverlaps", List.of()));
        model.put("conflict", json.get("conflictsWith"));
        model.put("notApplicable", json.get("notApplicable"));
        model.put("comments", ((List<Map<String, Object>>) json.getOrDefault("comments", List.of())).stream().map(c -> {
            Map<String, Object> one = new HashMap<>(c);
            one.put("when", when(c.get("createdAt")));
            return one;
        }).toList());
        Map<String, Object> review = json.get("review") instanceof Map<?, ?> r ? (Map<String, Object>) r : Map.of();
        model.put("insertions", review.getOrDefault("added", List.of()));
        model.put("deletions", review.getOrDefault("removed", List.of()));
        String state = String.valueOf(json.get("state"));
        boolean mine = signedIn != null && signedIn.username().equals(json.get("proposer"))
                && identity.nodeIri().equals(json.get("proposerNode"));
        model.put("mine", mine);
        model.put("canSubmit", mine && state.equals("draft"));
        model.put("canWithdraw", mine && List.of("draft", "submitted", "in-review").contains(state));
        boolean coordinator = signedIn != null && desk.get().local()
                && signedIn.staff().role().includes(org.w3id.cailloux.node.security.Role.COORDINATOR);
        model.put("canDecide", coordinator && !mine && List.of("submitted", "in-review").contains(state));
        model.put("canComment", signedIn != null && !List.of("released", "rejected", "withdrawn").contains(state));
    }

    /** The list of releases and what the next would bring. */
    public HttpResponse<?> releases(HttpRequest<?> request, List<Release> all, Releases.Next next) {
        Map<String, Object> model = base(request);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Release r : all.reversed()) {
            rows.add(release(r));
        }
        model.put("releases", rows);
        model.put("nextVersion", next.version());
        model.put("nextProposals", next.proposals().stream().map(p -> row(ProposalJson.of(p, ""))).toList());
        SignedIn signedIn = signedInStaff(request);
        model.put("canRelease", signedIn != null && signedIn.staff().role().includes(org.w3id.cailloux.node.security.Role.COORDINATOR)
                && next.version() != null);
        return page("curation/releases", model);
    }

    /** One release's page, with its changes from the prior version; {@code all} are the releases with their deltas, oldest first. */
    public HttpResponse<?> release(HttpRequest<?> request, Release release, List<Release> all) {
        Map<String, Object> model = base(request);
        model.put("r", release(release));
        Changelog log = Changelog.between(all, release.priorVersion() == null ? "" : release.priorVersion(), release.version());
        model.put("summary", summary(log));
        return page("curation/release", model);
    }

    /** The changelog between two versions. */
    public HttpResponse<?> changelog(HttpRequest<?> request, Changelog log, List<Release> all) {
        Map<String, Object> model = base(request);
        model.put("from", log.from());
        model.put("to", log.to());
        model.put("versions", all.stream().map(Release::version).toList());
        model.put("summary", summary(log));
        model.put("steps", log.steps().stream().map(s -> {
            Map<String, Object> step = release(s.release());
            step.put("insertions", org.w3id.cailloux.node.curation.review.Review.lines(s.delta().insertions()));
            step.put("deletions", org.w3id.cailloux.node.curation.review.Review.lines(s.delta().deletions()));
            return step;
        }).toList());
        return page("curation/changelog", model);
    }

    /** The audit trail. */
    public HttpResponse<?> audit(HttpRequest<?> request, List<AuditEntry> entries) {
        Map<String, Object> model = base(request);
        model.put("entries", entries.stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("when", WebText.dateTime(e.at()));
            row.put("actor", e.actor());
            row.put("node", e.actorNode());
            row.put("action", e.action());
            row.put("proposal", e.proposalId());
            row.put("version", e.version());
            row.put("detail", e.detail());
            return row;
        }).toList());
        return page("curation/audit", model);
    }

    Map<String, Object> base(HttpRequest<?> request) {
        Map<String, Object> model = new HashMap<>();
        sessions.current(request).ifPresent(s -> model.put("signedIn", s));
        return model;
    }

    private SignedIn signedInStaff(HttpRequest<?> request) {
        return sessions.current(request).orElse(null);
    }

    /** A proposal's fields as a page shows them. */
    Map<String, Object> row(Map<String, Object> json) {
        Map<String, Object> row = new HashMap<>(json);
        String state = String.valueOf(json.get("state"));
        row.put("stateLabel", ProposalState.ofCode(state).map(s -> s.label("fr")).orElse(state));
        row.put("kindLabel", ProposalForm.KINDS.getOrDefault(String.valueOf(json.get("kind")), String.valueOf(json.get("kind"))));
        row.put("created", when(json.get("createdAt")));
        row.put("updated", when(json.get("updatedAt")));
        row.put("decided", when(json.get("decidedAt")));
        return row;
    }

    private Map<String, Object> release(Release r) {
        Map<String, Object> row = new HashMap<>();
        row.put("version", r.version());
        row.put("versionIri", org.w3id.cailloux.vocabulary.TransitionVocabulary.VERSION_IRI_BASE + r.version());
        row.put("prior", r.priorVersion());
        row.put("issued", WebText.dateTime(r.issuedAt()));
        row.put("by", r.releasedBy());
        row.put("note", r.note());
        return row;
    }

    private Map<String, Object> summary(Changelog log) {
        Changelog.Summary s = log.summary();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("Concepts ajoutés", labelled(s.added()));
        summary.put("Concepts rendus obsolètes", labelled(s.deprecated()));
        summary.put("Concepts déplacés", labelled(s.moved()));
        summary.put("Libellés changés", labelled(s.relabelled()));
        summary.put("Autres changements", labelled(s.changed()));
        return summary;
    }

    /** IRIs with their French label in the vocabulary in force. */
    List<Map<String, String>> labelled(java.util.Collection<String> iris) {
        return iris.stream().map(iri -> Map.of("iri", iri, "label", vocabulary.concept(iri).map(VocabularyPage.ConceptRow::labelFr)
                .filter(l -> !l.isEmpty()).orElse(iri.substring(iri.lastIndexOf('/') + 1)), "path", conceptPath(iri))).toList();
    }

    /** The path of a concept's page on this node. */
    public static String conceptPath(String iri) {
        String base = org.w3id.cailloux.vocabulary.Scheme.NS;
        return iri.startsWith(base) ? "/vocabulary/scheme/" + iri.substring(base.length()) : iri;
    }

    private static String when(Object instant) {
        return instant == null ? "" : WebText.dateTime(java.time.Instant.parse(String.valueOf(instant)));
    }

    static HttpResponse<?> page(String view, Map<String, Object> model) {
        return HttpResponse.ok(new ModelAndView<>(view, model)).contentType(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }
}
