package org.w3id.cailloux.node.federation;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** A peer's answer served by the {@link PeerAnswerCache}, complete at once: {@link FanOut} counts it as no request. */
final class CachedAnswer<T> extends CompletableFuture<T> {

    CachedAnswer(T answer) {
        complete(answer);
    }

    /** {@code future}'s value through {@code f}, still a cached answer when {@code future} was one. */
    static <T, U> CompletableFuture<U> map(CompletableFuture<T> future, Function<T, U> f) {
        return future instanceof CachedAnswer<T> cached ? new CachedAnswer<>(f.apply(cached.join())) : future.thenApply(f);
    }
}
