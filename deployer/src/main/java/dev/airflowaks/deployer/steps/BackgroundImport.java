package dev.airflowaks.deployer.steps;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * One ACR import running while other steps do: a daemon thread of its own (an interrupted apply exits without
 * waiting for it; ARM finishes or fails the operation either way, and a second apply checks the registry again).
 * {@link #await} rethrows the import's own exception, so the images step fails with ARM's message as before.
 */
record BackgroundImport(String image, CompletableFuture<Void> done) {

    static BackgroundImport start(String image, Runnable importing) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                importing.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "acr-import " + image);
        t.setDaemon(true);
        t.start();
        return new BackgroundImport(image, done);
    }

    void await() {
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the import of " + image, e);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
