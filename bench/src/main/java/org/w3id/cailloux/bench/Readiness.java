package org.w3id.cailloux.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** Polls a URL until it answers 200 with an accepted body, or a log until a line appears: how start-up is measured. */
final class Readiness {

    private final HttpClient http;

    Readiness(HttpClient http) {
        this.http = http;
    }

    /** Waits until {@code log} has {@code marker} after byte {@code offset}; fails after {@code limit} or if {@code process} dies. */
    void awaitLog(Path log, long offset, String marker, Duration limit, ChildJvm process) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
                if (file.length() > offset) {
                    byte[] tail = new byte[(int) (file.length() - offset)];
                    file.seek(offset);
                    file.readFully(tail);
                    if (new String(tail, StandardCharsets.UTF_8).contains(marker)) {
                        return;
                    }
                }
            } catch (IOException e) {
                // not written yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The process stopped before it was ready; see " + log);
            }
            pause(log.toString());
        }
        throw new IllegalStateException("No '" + marker + "' in " + log + " after " + limit);
    }

    /** Waits until {@code url} answers 200 and {@code body} accepts the answer; fails after {@code limit} or if {@code process} dies. */
    void await(URI url, Predicate<String> body, Duration limit, ChildJvm process) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The process stopped before it was ready; see " + process.log());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && body.test(response.body())) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + url, e);
            }
            pause(url.toString());
        }
        throw new IllegalStateException(url + " was not ready after " + limit + "; see " + process.log());
    }

    private static void pause(String what) {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + what, e);
        }
    }
}
