package org.w3id.cailloux.node.health;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;

/** Whether the node has finished its start-up work (index in step with the database, sample data), so /health can say so. */
@Singleton
public class Readiness {

    private final AtomicBoolean ready = new AtomicBoolean();

    /** Marks the start-up work done. */
    public void ready() {
        ready.set(true);
    }

    /** True once the start-up work is done. */
    public boolean isReady() {
        return ready.get();
    }
}
