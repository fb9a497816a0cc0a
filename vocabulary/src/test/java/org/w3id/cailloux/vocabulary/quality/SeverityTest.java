package org.w3id.cailloux.vocabulary.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SeverityTest {

    @Test
    void eachSeverityIsReadBackFromItsCode() {
        assertEquals("blocking", Severity.BLOCKING.code());
        assertEquals("warning", Severity.WARNING.code());
        for (Severity severity : Severity.values()) {
            assertEquals(severity, Severity.ofCode(severity.code()));
        }
    }

    @Test
    void anyOtherCodeIsRefused() {
        for (String code : new String[] {"BLOCKING", "Warning", "block", "", " warning", "info"}) {
            assertThrows(IllegalArgumentException.class, () -> Severity.ofCode(code), code);
        }
        assertThrows(IllegalArgumentException.class, () -> Severity.ofCode(null));
    }
}
