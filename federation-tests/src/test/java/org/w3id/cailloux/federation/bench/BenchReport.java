package org.w3id.cailloux.federation.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the federation benchmark's tables into the "Federation" section of docs/benchmarks.md, leaving the rest alone. */
final class BenchReport {

    static final String START = "<!-- federation-bench:start -->";
    static final String END = "<!-- federation-bench:end -->";
    static final String COMMAND = "mvn -B -pl federation-tests -am test -DskipTests -Pfederation-bench";

    private BenchReport() {}

    static void write(Path file, String tables, String settings) throws IOException {
        String section = START + "\n"
                + "Reproduce with (from the repository's root; without the `-D` settings: 10 runs after 2 warm-ups):\n\n"
                + "```\n" + COMMAND + " " + settings + "\n```\n\n"
                + "Every node runs in one JVM with its own embedded PostgreSQL, behind a loopback TCP proxy that adds the\n"
                + "latency and counts the HTTP requests the node receives (source selection, VoID and data requests alike).\n"
                + "Cailloux is the federating node's `/federation/sparql` as a client gets it: a query asked again while no\n"
                + "node's data changed is answered from what was kept (the nodes' change feeds keep it exact; see\n"
                + "[architecture](architecture.md#answers-kept-across-the-network-change-feeds)). \"Asking the nodes\" is the same\n"
                + "query sent with `Cache-Control: no-cache`: the answer computed anew, every node asked again (a node may still\n"
                + "answer from its own answer cache, as it does FedX's repeated requests). RDF4J FedX 4.3.16 federates the same\n"
                + "nodes' `/sparql` endpoints. Each measured run asks Cailloux, then Cailloux asking the nodes, then FedX.\n"
                + "Targets: Cailloux's median ≤ 0.5× FedX's and fewer requests on every query; at most one request per\n"
                + "node for queries without cross-city joins; at 10 nodes and 20 ms, an answer within 3× the slowest round trip;\n"
                + "with a dead peer, an answer within the deadline (`cailloux.federation.timeout`, 10 s by default).\n"
                + "Rows: Cailloux / asking / FedX / the oracle (one Jena store holding every node's data); a negative count is an\n"
                + "error (an HTTP status for Cailloux, -1 for FedX, here its default 30 s maximum query time: FedX's median is then\n"
                + "a floor). Requests: the median over the measured runs of all HTTP requests the nodes received for one answer.\n\n"
                + tables.strip() + "\n" + END;
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start >= 0 && end > start) {
            text = text.substring(0, start) + section + text.substring(end + END.length());
        } else {
            text = text.stripTrailing() + "\n\n## Federation\n\n" + section + "\n";
        }
        Files.writeString(file, text);
    }
}
