package dev.ficus.bench.redeploy;

/**
 * One process stopped gracefully and started again, times from the start of the repeat's
 * load.
 *
 * @param process the process restarted
 * @param oldPid its process id before
 * @param newPid the id of the process started in its place
 * @param exitCode how the old process ended: 143 after handling SIGTERM, 137 when it had
 * to be killed after the grace period, -1 when unknown
 * @param stopAtMillis when SIGTERM was sent
 * @param exitedAtMillis when the old process had exited
 * @param readyAtMillis when the new process answered its readiness probe
 * @param servedRequests {@code /api} requests the new process counted in its own
 * {@code http_server_requests} metric by the end of the load: it served the load after
 * the restart; -1 when it could not be read
 */
record RestartStep(String process, long oldPid, long newPid, int exitCode, long stopAtMillis, long exitedAtMillis,
        long readyAtMillis, long servedRequests) {

    /** From SIGTERM until the old process had exited. */
    long stopMillis() {
        return exitedAtMillis - stopAtMillis;
    }

    /** From launching the new process until it was ready. */
    long startMillis() {
        return readyAtMillis - exitedAtMillis;
    }

    RestartStep withServedRequests(long served) {
        return new RestartStep(process, oldPid, newPid, exitCode, stopAtMillis, exitedAtMillis, readyAtMillis, served);
    }

}
