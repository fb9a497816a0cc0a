package org.w3id.cailloux.node.sparql;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a SPARQL 1.1 Protocol request asks: the query text and the protocol's dataset parameters
 * ({@code default-graph-uri}, {@code named-graph-uri}), whichever of GET, form POST or direct POST carried them.
 */
public record ProtocolRequest(@Nullable String query, List<String> defaultGraphUris, List<String> namedGraphUris) {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String SPARQL_QUERY = "application/sparql-query";
    static final String SPARQL_UPDATE = "application/sparql-update";

    public ProtocolRequest {
        defaultGraphUris = List.copyOf(defaultGraphUris);
        namedGraphUris = List.copyOf(namedGraphUris);
    }

    /** True when the protocol parameters describe the dataset, overriding the query's FROM and FROM NAMED. */
    public boolean hasDatasetParameters() {
        return !defaultGraphUris.isEmpty() || !namedGraphUris.isEmpty();
    }

    /** The request carried by {@code GET /sparql?query=...}; the query is null when absent; an {@code update=} is refused. */
    public static ProtocolRequest ofGet(HttpParameters parameters) {
        if (parameters.contains("update")) {
            throw new UpdateRefusedProblem();
        }
        oneQuery(parameters.getAll("query").size());
        return new ProtocolRequest(parameters.get("query"),
                parameters.getAll("default-graph-uri"), parameters.getAll("named-graph-uri"));
    }

    /**
     * The request carried by {@code POST /sparql}: a form ({@code query=}) or a direct
     * {@code application/sparql-query} body, with dataset parameters in the form or in the URL.
     */
    public static ProtocolRequest ofPost(@Nullable String contentType, @Nullable String body, HttpParameters urlParameters) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        String charset = charset(contentType);
        if (charset != null && !charset.equals("utf-8")) {
            // the protocol's bodies are UTF-8 (SPARQL 1.1 Protocol 2.1.2, 2.1.3): another charset is refused, not decoded
            throw new MalformedRequestProblem("The body is declared as charset=" + charset + "; the SPARQL protocol takes UTF-8 bodies"
                    + " only: send it as UTF-8 (charset=UTF-8 or no charset).");
        }
        String text = body == null ? "" : body;
        switch (type) {
            case FORM -> {
                Form form = Form.parse(text);
                if (form.first("update") != null) {
                    throw new UpdateRefusedProblem();
                }
                oneQuery(form.all("query").size() + urlParameters.getAll("query").size());
                List<String> defaults = new ArrayList<>(urlParameters.getAll("default-graph-uri"));
                defaults.addAll(form.all("default-graph-uri"));
                List<String> named = new ArrayList<>(urlParameters.getAll("named-graph-uri"));
                named.addAll(form.all("named-graph-uri"));
                return new ProtocolRequest(form.first("query"), defaults, named);
            }
            case SPARQL_QUERY -> {
                oneQuery(1 + urlParameters.getAll("query").size());
                return new ProtocolRequest(text.isBlank() ? null : text,
                        urlParameters.getAll("default-graph-uri"), urlParameters.getAll("named-graph-uri"));
            }
            case SPARQL_UPDATE -> throw new UpdateRefusedProblem();
            default -> throw new UnsupportedBodyProblem(contentType);
        }
    }

    private static void oneQuery(int queries) {
        if (queries > 1) {
            throw new MalformedRequestProblem("The request carries " + queries + " queries; send exactly one (one query parameter, or the"
                    + " body), and make several requests for several queries.");
        }
    }

    /** The charset parameter of a Content-Type, lower case, or null. */
    @Nullable
    private static String charset(@Nullable String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                return pair[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** An {@code application/x-www-form-urlencoded} body, decoded as UTF-8, keeping repeated names. */
    private record Form(List<String[]> pairs) {
        static Form parse(String body) {
            List<String[]> pairs = new ArrayList<>();
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                pairs.add(new String[] {decode(name), decode(value)});
            }
            return new Form(pairs);
        }

        @Nullable
        String first(String name) {
            return pairs.stream().filter(p -> p[0].equals(name)).map(p -> p[1]).findFirst().orElse(null);
        }

        List<String> all(String name) {
            return pairs.stream().filter(p -> p[0].equals(name)).map(p -> p[1]).toList();
        }

        private static String decode(String s) {
            try {
                return URLDecoder.decode(s, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new MalformedRequestProblem("The form body is not valid application/x-www-form-urlencoded: " + e.getMessage());
            }
        }
    }
}
