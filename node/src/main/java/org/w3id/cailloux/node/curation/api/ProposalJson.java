package org.w3id.cailloux.node.curation.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.cailloux.node.curation.hub.ProposalView;
import org.w3id.cailloux.node.curation.review.Finding;
import org.w3id.cailloux.node.curation.store.Comment;
import org.w3id.cailloux.node.curation.store.Proposal;

/** The JSON form of proposals, their threads and reviews. */
public final class ProposalJson {

    private ProposalJson() {}

    /** A proposal as a list shows it. */
    public static Map<String, Object> of(Proposal p, String url) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id());
        json.put("url", url);
        json.put("kind", p.kind());
        json.put("state", p.state().code());
        json.put("title", p.title());
        json.put("change", p.change());
        json.put("rationale", p.rationale());
        json.put("proposer", p.proposer());
        json.put("proposerNode", p.proposerNode());
        json.put("candidateIri", p.candidateIri());
        json.put("createdAt", text(p.createdAt()));
        json.put("updatedAt", text(p.updatedAt()));
        json.put("decidedBy", p.decidedBy());
        json.put("decidedAt", text(p.decidedAt()));
        json.put("reason", p.reason());
        json.put("releasedIn", p.releasedIn());
        return json;
    }

    /** A proposal with its thread, review, overlaps and conflict. */
    public static Map<String, Object> of(ProposalView view) {
        Map<String, Object> json = of(view.proposal(), view.url());
        json.put("comments", view.comments().stream().map(ProposalJson::comment).toList());
        json.put("review", view.review() == null ? null : view.review().toJson());
        json.put("pendingOverlaps", view.pendingOverlaps().stream().map(Finding::toJson).toList());
        if (view.conflict() != null) {
            Map<String, Object> conflict = new LinkedHashMap<>();
            conflict.put("id", view.conflict().id());
            conflict.put("title", view.conflict().title());
            conflict.put("url", view.conflict().url());
            conflict.put("concepts", view.conflict().concepts());
            json.put("conflictsWith", conflict);
        } else {
            json.put("conflictsWith", null);
        }
        json.put("notApplicable", view.notApplicable());
        return json;
    }

    /** A comment. */
    public static Map<String, Object> comment(Comment c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("author", c.author());
        json.put("authorNode", c.authorNode());
        json.put("text", c.body());
        json.put("createdAt", text(c.createdAt()));
        return json;
    }

    private static String text(java.time.Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
