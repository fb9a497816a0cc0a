package org.w3id.cailloux.federation;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** The answers a misbehaving peer gives: garbage, or a huge but well-formed result for the query asked. */
final class HugeAnswer {

    private HugeAnswer() {}

    /** A 200 answer that claims to be SPARQL results but is not. */
    static void garbage(OutputStream out) throws IOException {
        byte[] body = "<html>Ceci n'est pas un résultat SPARQL {\"head\": [[[".getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    /**
     * A well-formed answer of {@code rows} rows to the query the request carries: SPARQL JSON results
     * binding every projected variable of a SELECT, N-Triples for a CONSTRUCT or DESCRIBE; streamed
     * until the rows are written or the client hangs up.
     */
    static void write(OutputStream raw, String requestLine, String head, byte[] body, long rows) throws IOException {
        Query query = parse(requestLine, head, body);
        OutputStream out = new BufferedOutputStream(raw, 64 * 1024);
        boolean select = query == null || query.isSelectType();
        String type = select ? "application/sparql-results+json" : query.isAskType() ? "application/sparql-results+json" : "application/n-triples";
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        if (query != null && query.isAskType()) {
            out.write("{\"head\":{},\"boolean\":true}".getBytes(StandardCharsets.UTF_8));
        } else if (select) {
            List<String> vars = query == null ? List.of("s") : query.getResultVars();
            StringBuilder header = new StringBuilder("{\"head\":{\"vars\":[");
            for (int i = 0; i < vars.size(); i++) {
                header.append(i == 0 ? "" : ",").append('"').append(vars.get(i)).append('"');
            }
            out.write(header.append("]},\"results\":{\"bindings\":[\n").toString().getBytes(StandardCharsets.UTF_8));
            for (long r = 0; r < rows; r++) {
                StringBuilder row = new StringBuilder(r == 0 ? "{" : ",{");
                for (int i = 0; i < vars.size(); i++) {
                    row.append(i == 0 ? "" : ",").append('"').append(vars.get(i))
                            .append("\":{\"type\":\"uri\",\"value\":\"urn:huge:").append(vars.get(i)).append(':').append(r).append("\"}");
                }
                out.write(row.append("}\n").toString().getBytes(StandardCharsets.UTF_8));
            }
            out.write("]}}\n".getBytes(StandardCharsets.UTF_8));
        } else {
            for (long r = 0; r < rows; r++) {
                out.write(("<urn:huge:s:" + r + "> <urn:huge:p> <urn:huge:o:" + r + "> .\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        out.flush();
    }

    private static Query parse(String requestLine, String head, byte[] body) {
        try {
            String text = null;
            String target = TcpProxy.path(requestLine);
            int q = target.indexOf('?');
            if (q >= 0) {
                text = param(target.substring(q + 1));
            }
            String lower = head.toLowerCase(Locale.ROOT);
            if (text == null && lower.contains("content-type: application/sparql-query")) {
                text = new String(body, StandardCharsets.UTF_8);
            } else if (text == null && body.length > 0) {
                text = param(new String(body, StandardCharsets.UTF_8));
            }
            return text == null ? null : QueryFactory.create(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String param(String form) {
        for (String pair : form.split("&")) {
            if (pair.startsWith("query=")) {
                return URLDecoder.decode(pair.substring("query=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
