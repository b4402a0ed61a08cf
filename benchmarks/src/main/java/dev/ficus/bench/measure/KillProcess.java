package dev.ficus.bench.measure;

import dev.ficus.bench.topology.RunningTopology;

/**
 * Kills one process of the topology with SIGKILL, as a crash or an OOM kill would.
 */
public record KillProcess(String process) implements FaultInjector {

    @Override
    public String description() {
        return "kill -9 the " + process + " process";
    }

    @Override
    public void inject(RunningTopology topology) {
        topology.process(process)
            .orElseThrow(() -> new FaultUnavailableException(
                    "topology " + topology.topology().name() + " has no process " + process))
            .kill();
    }
}
