package org.w3id.cailloux.node.sparql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An answer written in chunks reads back byte for byte, whatever the sizes of the writes and across chunk boundaries. */
class WrittenAnswerTest {

    @Test
    void everyByteComesBackInOrderAcrossChunkBoundaries() throws IOException {
        Random random = new Random(7);
        for (int total : new int[] {0, 1, WrittenAnswer.CHUNK - 1, WrittenAnswer.CHUNK, WrittenAnswer.CHUNK + 1, 3 * WrittenAnswer.CHUNK + 17}) {
            byte[] expected = new byte[total];
            random.nextBytes(expected);
            WrittenAnswer written = new WrittenAnswer();
            int at = 0;
            while (at < total) {
                if (random.nextInt(4) == 0) {
                    written.write(expected[at++]);
                } else {
                    int n = Math.min(total - at, 1 + random.nextInt(WrittenAnswer.CHUNK / 3));
                    written.write(expected, at, n);
                    at += n;
                }
            }
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            written.copyTo(copy);
            assertEquals(total, written.size());
            assertArrayEquals(expected, copy.toByteArray(), "size " + total);
        }
    }
}
