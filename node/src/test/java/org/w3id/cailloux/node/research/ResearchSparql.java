package org.w3id.cailloux.node.research;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.cailloux.node.TestNode;

/** Asks a test node's SPARQL endpoints over HTTP, as an outside client: the independent answer pages are checked against. */
final class ResearchSparql {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ResearchSparql() {}

    /** The rows of a SELECT sent to {@code path} ({@code /sparql} or {@code /federation/sparql}); values as text. */
    static List<Map<String, String>> select(TestNode node, String path, String query) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(node.uri(path))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        RowSet rows = RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON));
        List<Map<String, String>> list = new ArrayList<>();
        rows.forEachRemaining(b -> {
            Map<String, String> row = new LinkedHashMap<>();
            b.vars().forEachRemaining(v -> {
                Node n = b.get(v);
                row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
            });
            list.add(row);
        });
        return list;
    }

    /** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF) into rows of cells. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
