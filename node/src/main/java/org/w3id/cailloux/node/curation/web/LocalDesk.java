package org.w3id.cailloux.node.curation.web;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.curation.Actor;
import org.w3id.cailloux.node.curation.CurationActors;
import org.w3id.cailloux.node.curation.api.ProposalJson;
import org.w3id.cailloux.node.curation.hub.CurationService;
import org.w3id.cailloux.node.curation.hub.Impact;
import org.w3id.cailloux.node.curation.hub.ImpactJson;
import org.w3id.cailloux.node.curation.store.CurationStore;
import org.w3id.cailloux.node.security.Staff;

/** The staff pages' proposals on the hub itself. */
@Singleton
@Requires(property = "cailloux.vocabulary.hub", value = "true")
class LocalDesk implements ProposalDesk {

    private final CurationService curation;
    private final Impact impact;
    private final CurationActors actors;
    private final NodeIdentity identity;

    LocalDesk(CurationService curation, Impact impact, CurationActors actors, NodeIdentity identity) {
        this.curation = curation;
        this.impact = impact;
        this.actors = actors;
        this.identity = identity;
    }

    @Override
    public boolean local() {
        return true;
    }

    @Override
    public String hubUrl() {
        return identity.baseUri();
    }

    @Override
    public List<Map<String, Object>> mine(Staff staff, String language) {
        Actor actor = actors.local(staff);
        return curation.list(new CurationStore.Filter(null, null, actor.username(), actor.node(), null), actor).stream()
                .map(p -> ProposalJson.of(p, curation.url(p.id()))).toList();
    }

    @Override
    public Map<String, Object> view(Staff staff, long id, String language) {
        return ProposalJson.of(curation.view(id, staff == null ? null : actors.local(staff)));
    }

    @Override
    public Map<String, Object> impact(Staff staff, long id, String language) {
        return ImpactJson.of(impact.of(curation.view(id, staff == null ? null : actors.local(staff))));
    }

    @Override
    public Map<String, Object> propose(Staff staff, Map<String, Object> body, String language) {
        Actor actor = actors.local(staff);
        return ProposalJson.of(curation.view(curation.propose(actor, body, language).id(), actor));
    }

    @Override
    public void comment(Staff staff, long id, String text, String language) {
        curation.comment(actors.local(staff), id, text);
    }

    @Override
    public void proposerAction(Staff staff, long id, String action, String language) {
        if ("submit".equals(action)) {
            curation.submit(actors.local(staff), id);
        } else {
            curation.withdraw(actors.local(staff), id, null);
        }
    }

    /** A coordinator's decision from the pages. */
    void decide(Staff staff, long id, String decision, String reason, String language) {
        curation.decide(actors.local(staff), id, decision, reason, language);
    }
}
