package org.w3id.cailloux.node.federation;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code Cailloux-Sources} response header: an RFC 8941 structured-field list with one item per node of
 * the federation, the node IRI as a string, and parameters {@code status} (token {@code answered},
 * {@code failed} or {@code unneeded}), {@code selection} and {@code data} (how many source-selection and data
 * requests it got), {@code cached} when some of its answers came from {@link PeerAnswerCache} (how many; its data
 * had not changed since it gave them) and, for a failed node, {@code reason} (a string). Example:
 * <pre>{@code
 * Cailloux-Sources: "http://a.example/";status=answered;selection=1;data=1,
 *   "http://b.example/";status=failed;selection=1;data=0;reason="no answer within 3000 ms"
 * }</pre>
 */
final class SourcesHeader {

    /** The header naming every node and how it took part. */
    static final String SOURCES = "Cailloux-Sources";
    /** The header counting the nodes left out because they failed. */
    static final String FAILED = "Cailloux-Sources-Failed";

    private SourcesHeader() {}

    static String format(SourceLedger ledger) {
        return format(ledger, false);
    }

    /**
     * The header of an answer served whole from {@link FederatedAnswerCache}: each node as it took part when the answer
     * was computed, no request sent, and {@code cached} the answers of its that the kept answer rests on.
     */
    static String formatKept(SourceLedger ledger) {
        return format(ledger, true);
    }

    private static String format(SourceLedger ledger, boolean kept) {
        return ledger.sources().stream().map(source -> {
            SourceLedger.Entry entry = ledger.entry(source);
            int cached = kept ? entry.selectionRequests + entry.dataRequests + entry.cachedAnswers : entry.cachedAnswers;
            StringBuilder item = new StringBuilder(string(source.nodeIri()))
                    .append(";status=").append(ledger.status(source).name().toLowerCase(Locale.ROOT))
                    .append(";selection=").append(kept ? 0 : entry.selectionRequests)
                    .append(";data=").append(kept ? 0 : entry.dataRequests);
            if (cached > 0) {
                item.append(";cached=").append(cached);
            }
            if (entry.failure != null) {
                item.append(";reason=").append(string(entry.failure));
            }
            return item.toString();
        }).collect(Collectors.joining(", "));
    }

    /** An RFC 8941 sf-string: printable ASCII only, with {@code "} and {@code \} escaped. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c <= 0x7e) {
                out.append(c);
            } else {
                out.append('?');
            }
        }
        return out.append('"').toString();
    }
}
