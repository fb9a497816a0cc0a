package org.w3id.cailloux.node.curation.web;

import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.security.Staff;

/**
 * What staff pages do with proposals, wherever the hub is: on the hub, through its curation service; on a city node,
 * forwarded to the hub in the node's name. Both speak the hub's JSON form, so the pages are the same.
 */
public interface ProposalDesk {

    /** True when this node is the hub. */
    boolean local();

    /** The hub's base URL. */
    String hubUrl();

    /** The proposals this staff member made from this node, newest first. */
    List<Map<String, Object>> mine(Staff staff, String language);

    /** One proposal with its thread and review, as the hub's JSON. */
    Map<String, Object> view(Staff staff, long id, String language);

    /** What the proposal would do to the network's data, as the hub's JSON. */
    Map<String, Object> impact(Staff staff, long id, String language);

    /** Makes a proposal; returns it. */
    Map<String, Object> propose(Staff staff, Map<String, Object> body, String language);

    /** Adds a comment. */
    void comment(Staff staff, long id, String text, String language);

    /** The proposer submits a draft, or withdraws a proposal. */
    void proposerAction(Staff staff, long id, String action, String language);
}
