#!/usr/bin/env python3
"""Where a process's CPU samples go, by what the stack holds.

    benchmarks/scripts/cpu-categories.py NAME=FILE.collapsed...

Reads async-profiler's collapsed stacks (one "frame;frame;... count" per line) and prints a Markdown table: for each
category, the share of each process's samples whose stack holds a frame of it. A sample counts in every category it
holds (a commit inside a listener inside a request counts three times), so a column does not add up to 100 %; the
categories say what a request pays for, not a partition of it. cpu-breakdown.sh calls it with ASYNC_PROFILER set.
"""
import re
import sys

# (name, pattern of a frame); in the order they are printed
CATEGORIES = [
    ("JIT compiler threads", r"CompileBroker::"),
    ("garbage collection", r"GCTaskThread|VMThread::|DefNewGeneration|SerialHeap|GenCollectedHeap"),
    ("HTTP server (Tomcat or Reactor Netty), whole request", r"org/apache/coyote/|reactor/netty/http/server/"),
    ("transactions (Spring), whole", r"TransactionInterceptor\.invoke"),
    ("H2 commit: MVStore chunk written", r"org/h2/mvstore/MVStore\.store"),
    ("H2, all", r"org/h2/"),
    ("Hibernate", r"org/hibernate/"),
    ("Spring Modulith event publication registry", r"org/springframework/modulith/events/core"),
    ("HTTP client calls to services (RestClient), whole", r"org/springframework/web/client/"),
    ("Resilience4j, whole decorated call", r"io/github/resilience4j"),
    ("Apache HttpClient", r"org/apache/hc/"),
    ("Jackson", r"tools/jackson|com/fasterxml/jackson"),
    ("server observation created or stopped", r"ServerHttpObservationFilter\.createOrFetchObservation"
     r"|HttpWebHandlerAdapter\$ObservationSignalListener"),
    ("Spring Security filter observations", r"ObservationFilterChainDecorator\$FilterObservation\$SimpleFilterObservation"
     r"\.lambda\$wrap\$1;(?:[^;]*Lambda[^;]*;)*io/micrometer"),
    ("tracing (Micrometer Tracing, OpenTelemetry)", r"io/micrometer/tracing|io/opentelemetry"),
    ("logging (Logback)", r"ch/qos/logback"),
    ("kernel", r"_\[k\]"),
]


def shares(path):
    total = 0
    counts = {name: 0 for name, _ in CATEGORIES}
    with open(path) as stacks:
        for line in stacks:
            stack, _, count = line.rstrip("\n").rpartition(" ")
            if not count.isdigit():
                continue
            samples = int(count)
            total += samples
            for name, pattern in CATEGORIES:
                if re.search(pattern, stack):
                    counts[name] += samples
    return total, counts


def main(args):
    if any(arg in ("-h", "--help") for arg in args):
        print(__doc__.strip())
        return 0
    if not args:
        print("usage: cpu-categories.py NAME=FILE.collapsed...", file=sys.stderr)
        return 2
    processes = []
    for arg in args:
        name, sep, path = arg.partition("=")
        if not sep or not name or not path:
            print(f"cpu-categories: expected NAME=FILE, got {arg!r}", file=sys.stderr)
            return 2
        try:
            processes.append((name, *shares(path)))
        except OSError as e:
            print(f"cpu-categories: cannot read {path}: {e.strerror}", file=sys.stderr)
            return 2
    print("| samples holding | " + " | ".join(name for name, _, _ in processes) + " |")
    print("|---|" + "---:|" * len(processes))
    print("| (samples) | " + " | ".join(str(total) for _, total, _ in processes) + " |")
    for category, _ in CATEGORIES:
        cells = [f"{100 * counts[category] / total:.1f} %" if total else "–" for _, total, counts in processes]
        print(f"| {category} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
