package org.w3id.cailloux.node.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Cutting a list into pages, and reading the page a visitor asks for. */
class PagingTest {

    @Test
    void aPagePastTheLastGivesTheLastAndAnEmptyListHasOnePage() {
        assertEquals(new Paging(1, 1, 0, 0), Paging.of(0, 1, 50));
        assertEquals(new Paging(1, 3, 0, 100), Paging.of(243, 1, 100));
        assertEquals(new Paging(3, 3, 200, 243), Paging.of(243, 3, 100));
        assertEquals(new Paging(3, 3, 200, 243), Paging.of(243, 40, 100));
        assertEquals(new Paging(1, 3, 0, 100), Paging.of(243, -2, 100));
        assertEquals(new Paging(1, 1, 0, 243), Paging.of(243, 1, Integer.MAX_VALUE), "one page holding everything");
    }

    @Test
    void aPageParameterThatIsNotASmallNumberAsksForTheFirst() {
        assertEquals(1, Paging.asked(null));
        assertEquals(1, Paging.asked("zero"));
        assertEquals(1, Paging.asked("9999999"));
        assertEquals(2, Paging.asked(" 2 "));
    }
}
