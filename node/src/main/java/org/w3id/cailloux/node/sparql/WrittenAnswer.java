package org.w3id.cailloux.node.sparql;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An answer written out, held in chunks of {@link #CHUNK} bytes rather than one growing array: an answer of
 * a few hundred kilobytes in one array is a "humongous" object to G1 in the node's small heap, each of which
 * started a garbage collection of its own, and growing it by doubling copied it several times over.
 */
public final class WrittenAnswer extends OutputStream {

    /** Well under half of G1's smallest region (1 MiB), the size at which an array becomes humongous. */
    static final int CHUNK = 64 * 1024;

    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current;
    private int used;
    private long size;

    @Override
    public void write(int b) {
        if (current == null || used == current.length) {
            next();
        }
        current[used++] = (byte) b;
        size++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            if (current == null || used == current.length) {
                next();
            }
            int n = Math.min(length, current.length - used);
            System.arraycopy(bytes, offset, current, used, n);
            used += n;
            offset += n;
            length -= n;
            size += n;
        }
    }

    private void next() {
        current = new byte[CHUNK];
        chunks.add(current);
        used = 0;
    }

    /** The number of bytes written. */
    public long size() {
        return size;
    }

    /** Copies every byte written to {@code out}, in order. */
    public void copyTo(OutputStream out) throws IOException {
        for (int i = 0; i < chunks.size(); i++) {
            byte[] chunk = chunks.get(i);
            out.write(chunk, 0, i == chunks.size() - 1 ? used : chunk.length);
        }
    }
}
