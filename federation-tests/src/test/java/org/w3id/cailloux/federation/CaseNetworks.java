package org.w3id.cailloux.federation;

import java.util.function.UnaryOperator;

/**
 * The network the current case runs on: cases whose nodes hold the same data share one, so that
 * a run starts a few networks rather than one per case. Run the cases grouped by {@link Case#data()}.
 */
final class CaseNetworks implements AutoCloseable {

    private final UnaryOperator<Network.Builder> settings;
    private String data;
    private Network network;

    /** Networks started with these extra settings (e.g. the federating node's deadline). */
    CaseNetworks(UnaryOperator<Network.Builder> settings) {
        this.settings = settings;
    }

    /** The running network holding the case's data, started if the previous case held other data. */
    Network forCase(Case c) {
        if (network == null || !c.data().equals(data)) {
            close();
            data = c.data();
            network = c.start(settings.apply(Network.builder()));
        }
        return network;
    }

    @Override
    public void close() {
        if (network != null) {
            network.close();
            network = null;
        }
    }
}
