#!/usr/bin/env bash
# Where a request's CPU goes, per endpoint and per process, in the monolith and in the microservice shape.
#
#   benchmarks/scripts/cpu-breakdown.sh [WARM_UP_SECONDS]      (default 300; needs wrk and the built jars)
#   ASYNC_PROFILER=/path/to/libasyncProfiler.so benchmarks/scripts/cpu-breakdown.sh ...   (also says what the CPU does)
#
# Each shape runs the processes `ficus-bench.jar` runs, with its JVM flags and seeds, every one pinned to CPU 1 (wrk to CPU 0),
# warmed up with the mix for WARM_UP_SECONDS at about 100 requests/s, then loaded with one endpoint at a time at a
# fixed pace (wrk, 4 connections, 35 ms between a connection's requests; orders 2 connections, 60 ms). CPU is read
# from /proc/<pid>/stat before a phase and after the processes are idle again, so the asynchronous work an order
# starts is charged to it. Prints a Markdown table: CPU ms per request, per process and in all. A profiling aid for
# `bench`, whose committed report is the measurement of record: one run, no repeats.
# With ASYNC_PROFILER naming async-profiler's agent (tools.profiler:async-profiler on Maven Central), each shape then
# runs the mix once more with every process sampled (CPU, 1 ms), not counted in the table above it, and a second table
# per shape says which share of each process's samples hold the frames of each category (cpu-categories.py); the
# collapsed stacks stay in the work directory.
set -euo pipefail

usage="usage: $0 [WARM_UP_SECONDS 10..3600]"
if [[ ${1:-} == -h || ${1:-} == --help ]]; then echo "$usage"; exit 0; fi
warm=${1:-300}
if ! [[ $warm =~ ^[0-9]+$ ]] || (( warm < 10 || warm > 3600 )); then
  echo "$usage" >&2; exit 2
fi
command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 2; }
profiler=${ASYNC_PROFILER:-}
if [[ -n $profiler && ! -f $profiler ]]; then echo "ASYNC_PROFILER: no such file: $profiler" >&2; exit 2; fi
root=$(cd "$(dirname "$0")/../.." && pwd)
jar() { local j; j=$(ls "$root"/$1 2>/dev/null | head -1); [[ -n $j ]] || { echo "missing $1: run ./mvnw -B package -DskipTests" >&2; exit 2; }; echo "$j"; }
monolith_jar=$(jar 'monolith-app/target/monolith-app-*-exec.jar')
catalog_jar=$(jar 'extracted-services/catalog-service/target/catalog-service-*-exec.jar')
inventory_jar=$(jar 'extracted-services/inventory-service/target/inventory-service-*-exec.jar')
gateway_jar=$(jar 'strangler-gateway/target/strangler-gateway-*[0-9T].jar')
lua="$root/benchmarks/scripts/cpu-breakdown.lua"
work=$(mktemp -d /tmp/ficus-cpu-breakdown.XXXXXX)
jvm=(-Xms384m -Xmx384m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError)
common=(--server.address=127.0.0.1 --management.endpoint.health.probes.enabled=true
  --management.tracing.sampling.probability=0.1)
declare -A pids
names=()

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start() { # name jar port properties...
  local name=$1 jar=$2 port=$3; shift 3
  taskset -c 1 java "${jvm[@]}" -jar "$jar" --server.port="$port" "${common[@]}" "$@" >"$work/$name.log" 2>&1 &
  pids[$name]=$!; names+=("$name")
}
stop_all() { for n in "${names[@]}"; do kill "${pids[$n]}" 2>/dev/null || true; done; wait 2>/dev/null || true; names=(); }
trap stop_all EXIT
ready() { # port
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null && return 0; sleep 1
  done
  echo "a process on port $1 was not ready after 300 s (logs in $work)" >&2; exit 1
}
ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
snapshot() { local s=""; for n in "${names[@]}"; do s+="$n=$(ticks "${pids[$n]}") "; done; echo "$s"; }
busy_ticks() { local t=0; for n in "${names[@]}"; do t=$((t + $(ticks "${pids[$n]}"))); done; echo $t; }
settle() { # until the processes used under 5 % of a CPU over 2 s, at most 120 s
  for _ in $(seq 1 60); do
    local before; before=$(busy_ticks); sleep 2
    (( $(busy_ticks) - before < 10 )) && return 0
  done
}
load() { # endpoint seconds connections delay_ms target_port -> wrk output
  ENDPOINT=$1 DELAY_MS=$4 taskset -c 0 wrk -t1 -c"$3" -d"$2"s -s "$lua" "http://127.0.0.1:$5" 2>&1
}
phase() { # shape endpoint seconds connections delay_ms port
  settle
  local before after out requests non2xx
  before=$(snapshot)
  out=$(load "$2" "$3" "$4" "$5" "$6")
  settle
  after=$(snapshot)
  requests=$(awk '/requests in/{print $1}' <<<"$out")
  non2xx=$(awk '/Non-2xx/{print $NF}' <<<"$out")
  python3 - "$1" "$2" "$requests" "${non2xx:-0}" "$before" "$after" <<'PY'
import sys
shape, endpoint, requests, non2xx = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
before = dict(x.split('=') for x in sys.argv[5].split())
after = dict(x.split('=') for x in sys.argv[6].split())
hz = 100  # USER_HZ: /proc/<pid>/stat counts clock ticks
per = {n: (int(after[n]) - int(before[n])) * 1000 / hz / max(requests, 1) for n in before}
cells = ", ".join(f"{n} {v:.2f}" for n, v in per.items())
print(f"| {shape} | {endpoint} | {requests} | {non2xx} | {sum(per.values()):.2f} | {cells} |")
PY
}

profiled_mix() { # shape target: the mix once more, every process sampled; prints the categories
  local shape=$1 files=()
  settle
  for n in "${names[@]}"; do
    jcmd "${pids[$n]}" JVMTI.agent_load "$profiler" '"start,event=cpu,interval=1000000"' >/dev/null
  done
  load mix 30 4 35 "$2" >/dev/null
  for n in "${names[@]}"; do
    jcmd "${pids[$n]}" JVMTI.agent_load "$profiler" "\"stop,file=$work/$shape-$n.collapsed,collapsed\"" >/dev/null
    files+=("$n=$work/$shape-$n.collapsed")
  done
  categories+=$'\n'"$shape, the mix (30 s) sampled:"$'\n\n'"$(python3 "$root/benchmarks/scripts/cpu-categories.py" "${files[@]}")"$'\n'
}

categories=""
run_shape() { # shape
  local shape=$1 target
  if [[ $shape == monolith ]]; then
    target=$(free_port)
    start monolith "$monolith_jar" "$target" --ficus.seed.products=1000 --ficus.shop.payments.failure-rate=0.0 \
      --ficus.data-dir="$work/$shape-monolith"
    ready "$target"
  else
    local catalog inventory monolith
    catalog=$(free_port); inventory=$(free_port); monolith=$(free_port); target=$(free_port)
    start catalog-service "$catalog_jar" "$catalog" --ficus.seed.products=1000 --ficus.data-dir="$work/$shape-catalog"
    start inventory-service "$inventory_jar" "$inventory" --ficus.seed.products=1000 \
      --ficus.data-dir="$work/$shape-inventory"
    start monolith "$monolith_jar" "$monolith" --ficus.seed.products=1000 --ficus.shop.payments.failure-rate=0.0 \
      --ficus.data-dir="$work/$shape-monolith" --ficus.extracted.catalog.url="http://127.0.0.1:$catalog" \
      --ficus.extracted.inventory.url="http://127.0.0.1:$inventory"
    start gateway "$gateway_jar" "$target" --spring.profiles.active=shop --ficus.gateway.admin.port=0 \
      --ficus.gateway.monolith-url="http://127.0.0.1:$monolith" --ficus.gateway.state-file="$work/gateway-state.json" \
      --ficus.gateway.admin-token-file="$work/gateway-admin/admin-token" \
      --ficus.gateway.capabilities.catalog.mode=SERVICE \
      --ficus.gateway.capabilities.catalog.service-url="http://127.0.0.1:$catalog" \
      --ficus.gateway.capabilities.inventory.mode=SERVICE \
      --ficus.gateway.capabilities.inventory.service-url="http://127.0.0.1:$inventory"
    for port in "$catalog" "$inventory" "$monolith" "$target"; do ready "$port"; done
  fi
  echo "$shape: ready, warming up for $warm s" >&2
  load mix "$warm" 4 35 "$target" >/dev/null
  phase "$shape" catalog 20 4 35 "$target"
  phase "$shape" detail 20 4 35 "$target"
  phase "$shape" order 20 2 60 "$target"
  phase "$shape" mix 30 4 35 "$target"
  if [[ -n $profiler ]]; then profiled_mix "$shape" "$target"; fi
  stop_all
}

echo "| shape | endpoint | requests | non-2xx | CPU ms per request | per process |"
echo "|---|---|---:|---:|---:|---|"
run_shape monolith
run_shape gateway-services
echo "$categories"
if [[ -n $profiler ]]; then echo "Collapsed stacks in $work."; fi
echo "Warm-up $warm s; $(date -u +%FT%TZ); commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)."
