package org.w3id.cailloux.federation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the engine's {@code Cailloux-Sources} response header, an RFC 8941 list with one item per
 * node: {@code "http://a.example/";status=answered;selection=1;data=1, "http://b.example/";status=failed;...;reason="..."}.
 */
final class SourcesHeader {

    /** The header's name. */
    static final String NAME = "Cailloux-Sources";

    private static final Pattern ITEM = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"((?:;[a-z-]+=(?:\"(?:[^\"\\\\]|\\\\.)*\"|[^;,\\s]*))*)");
    private static final Pattern PARAM = Pattern.compile(";([a-z-]+)=(\"(?:[^\"\\\\]|\\\\.)*\"|[^;,\\s]*)");

    private SourcesHeader() {}

    /** Each node IRI named in the header, with its parameters (status, selection, data, reason). */
    static Map<String, Map<String, String>> parse(String header) {
        Map<String, Map<String, String>> items = new LinkedHashMap<>();
        if (header == null) {
            return items;
        }
        Matcher item = ITEM.matcher(header);
        while (item.find()) {
            Map<String, String> params = new LinkedHashMap<>();
            Matcher param = PARAM.matcher(item.group(2));
            while (param.find()) {
                String value = param.group(2);
                params.put(param.group(1), value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
            }
            items.put(item.group(1), params);
        }
        return items;
    }
}
