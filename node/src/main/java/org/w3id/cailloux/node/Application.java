package org.w3id.cailloux.node;

/** Runs a Cailloux node: embedded PostgreSQL unless {@code DATASOURCES_DEFAULT_URL} is set, then the HTTP server. */
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        CaillouxNode node = CaillouxNode.builder().args(args).fromEnvironment().build().start();
        // Micronaut's own hook stops the server and the beans; this one then stops the embedded PostgreSQL
        Runtime.getRuntime().addShutdownHook(new Thread(node::closeAfterServerStops, "cailloux-database-shutdown"));
        node.printWelcome(System.out);
    }
}
