package org.w3id.cailloux.node.web;

/**
 * One page of a list cut into pages: the page shown (from 1), how many there are (at least 1), and the items it
 * holds, {@code from} inclusive to {@code to} exclusive. The pages of search results, of the experiments' index
 * and of the comparison table are all cut this way.
 */
public record Paging(int page, int pages, int from, int to) {

    /** Page {@code asked} (a page past the last gives the last, one before the first the first) of {@code total} items, {@code size} a page. */
    public static Paging of(int total, int asked, int size) {
        int pages = Math.max(1, (int) ((total + (long) size - 1) / size));
        int page = Math.min(Math.max(asked, 1), pages);
        long from = (long) (page - 1) * size;
        return new Paging(page, pages, (int) from, (int) Math.min(total, from + size));
    }

    /** The page a {@code ?page=} parameter asks for: 1 when it is absent or not a number. */
    public static int asked(String parameter) {
        return parameter == null || !parameter.strip().matches("\\d{1,6}") ? 1 : Integer.parseInt(parameter.strip());
    }
}
