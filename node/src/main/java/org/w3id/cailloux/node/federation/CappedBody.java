package org.w3id.cailloux.node.federation;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a cap: past it (or when Content-Length announces more), the
 * exchange is cancelled and the body fails with {@link TooLarge}, so one peer cannot fill this node's heap.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body went past the cap. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long cap) {
            super("answer larger than " + cap + " bytes", null, false, false);
        }
    }

    private final long cap;
    private final long announced;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private CappedBody(long cap, long announced) {
        this.cap = cap;
        this.announced = announced;
    }

    /** A body handler reading at most {@code cap} bytes. */
    static HttpResponse.BodyHandler<byte[]> handler(long cap) {
        return info -> new CappedBody(cap, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (announced > cap) {
            s.cancel();
            body.completeExceptionally(new TooLarge(cap));
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (bytes.size() + (long) item.remaining() > cap) {
                subscription.cancel();
                body.completeExceptionally(new TooLarge(cap));
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }
}
