package org.w3id.cailloux.node.peers;

import java.net.URI;

/**
 * A node this node may contact: from configuration or approved by the network directory. Its
 * node IRI is its base URL (the node's published IRIs live under it) and names its graph in
 * federated queries.
 *
 * @param name   the configured name, or the directory's name for it
 * @param url    the node's base URL, ending with a slash
 * @param origin where the node learnt of it
 */
public record Peer(String name, URI url, Origin origin) {

    /** Where a peer comes from. */
    public enum Origin { CONFIGURED, DIRECTORY }

    public Peer {
        String text = url.toString();
        url = URI.create(text.endsWith("/") ? text : text + "/");
    }

    /** The peer's node IRI, which names its data's graph in federated answers. */
    public String nodeIri() {
        return url.toString();
    }

    /** The peer's SPARQL endpoint. */
    public URI sparqlEndpoint() {
        return url.resolve("sparql");
    }

    /** The peer's VoID description, used for source selection. */
    public URI voidDescription() {
        return url.resolve(".well-known/void");
    }
}
