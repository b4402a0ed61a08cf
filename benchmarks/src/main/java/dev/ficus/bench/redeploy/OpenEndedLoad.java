package dev.ficus.bench.redeploy;

import java.net.http.HttpHeaders;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.ficus.bench.load.PlannedRequest;
import dev.ficus.bench.load.RequestSource;

/**
 * A request source that keeps sending until told to {@link #finish()}, and knows when the
 * load started: the moment its first request was drawn, the generator's time zero within
 * microseconds, so the redeploy's times line up with the load's timeline.
 */
final class OpenEndedLoad implements RequestSource {

    private final RequestSource mix;

    private final CountDownLatch started = new CountDownLatch(1);

    private volatile long startNanos;

    private volatile boolean finished;

    OpenEndedLoad(RequestSource mix) {
        this.mix = mix;
    }

    /** Waits for the first request; returns its {@link System#nanoTime()}. */
    long awaitStart() throws InterruptedException {
        if (!started.await(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the load did not start within a minute");
        }
        return startNanos;
    }

    /** Ends the load: no request is drawn after this. */
    void finish() {
        finished = true;
    }

    @Override
    public PlannedRequest next() {
        if (started.getCount() > 0) {
            startNanos = System.nanoTime();
            started.countDown();
        }
        return mix.next();
    }

    @Override
    public boolean finished() {
        return finished;
    }

    @Override
    public void completed(PlannedRequest request, int status, HttpHeaders headers) {
        mix.completed(request, status, headers);
    }

    @Override
    public boolean readsBodies() {
        return mix.readsBodies();
    }

    @Override
    public Optional<String> wrongAnswer(PlannedRequest request, int status, String body) {
        return mix.wrongAnswer(request, status, body);
    }

    @Override
    public void answered(PlannedRequest request, int status, HttpHeaders headers, String body) {
        mix.answered(request, status, headers, body);
    }

    @Override
    public void failed(PlannedRequest request, String kind) {
        mix.failed(request, kind);
    }

}
