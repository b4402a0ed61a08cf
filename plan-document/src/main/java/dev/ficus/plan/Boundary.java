package dev.ficus.plan;

import java.util.List;

/**
 * The new boundary of a candidate: what moves, what it keeps using from the shared
 * kernel, and the calls that become remote, split into a proposed HTTP API and calls
 * better replaced by events.
 *
 * @param movingTypes the candidate's types, sorted
 * @param entryPoints what the candidate serves, e.g.
 * {@code "listener OrderPlaced (NotificationListeners)"}, sorted
 * @param sharedKernelTypes shared-kernel types the candidate uses, sorted
 * @param incomingCalls calls from the rest into the candidate, sorted by location
 * @param outgoingCalls calls from the candidate to other candidates, and from the
 * platform and shared-kernel code its service carries to other candidates (a port another
 * candidate implements), sorted by location
 * @param remoteApi operations to expose over HTTP, sorted by path
 * @param eventCandidates incoming operations whose callers ignore the result: publish an
 * event instead
 * @param sourceFolders the source folders holding the moving types, relative to the
 * analysed folder (e.g. {@code ruoyi-modules/ruoyi-demo/src/main/java}), sorted; the
 * builds holding them are the ones extract depends on
 */
public record Boundary(List<String> movingTypes, List<String> entryPoints, List<String> sharedKernelTypes,
        List<CrossingCall> incomingCalls, List<CrossingCall> outgoingCalls, List<RemoteOperation> remoteApi,
        List<RemoteOperation> eventCandidates, List<String> sourceFolders) {

    public Boundary {
        movingTypes = List.copyOf(movingTypes);
        entryPoints = List.copyOf(entryPoints);
        sharedKernelTypes = List.copyOf(sharedKernelTypes);
        incomingCalls = List.copyOf(incomingCalls);
        outgoingCalls = List.copyOf(outgoingCalls);
        remoteApi = List.copyOf(remoteApi);
        eventCandidates = List.copyOf(eventCandidates);
        sourceFolders = List.copyOf(sourceFolders);
    }
}
