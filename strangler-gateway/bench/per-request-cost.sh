#!/bin/bash
# Allocation and CPU time per proxied request of one gateway build, load-independent enough for a shared machine.
#
#   per-request-cost.sh backend                 # nginx on 127.0.0.1:18080 answering every path with a fixed 911-byte JSON body
#   per-request-cost.sh NAME JAR [app args...]  # start JAR on port 18000, warm it up, measure one 8 s wrk run
#
# Warm-up: 10 s wrk runs until one spends under 300 ms in the JIT compiler threads (at least 3, at most 14).
# Measured run: wrk -t1 -c16 -d8s between two jcmd GC.run. Allocation = the sum over the GCs between them of
# (heap used before this GC - heap used after the previous one), from the JFR events jdk.GCHeapSummary, divided by
# the requests wrk counted. CPU = on-CPU time of the process's threads (/proc/PID/task/*/schedstat) over the run,
# JIT compiler threads excluded, divided by the same count. Prints one line; the run's files stay in $WORK/run-NAME.
set -e
WORK=${WORK:-/tmp/ficus-per-request-cost}
mkdir -p $WORK
if [ "$1" = backend ]; then
  mkdir -p $WORK/nginx/logs
  python3 -c "
body = '{\"items\":[' + ','.join('{\"id\":%d,\"name\":\"product-%04d\",\"price\":%d.99}' % (i, i, i) for i in range(20)) + ']}'
open('$WORK/body.json', 'w').write(body)"
  cat > $WORK/nginx/nginx.conf <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:18080;
    location / { root $WORK; default_type application/json; try_files /body.json =404; }
  }
}
CONF
  exec nginx -p $WORK/nginx -c $WORK/nginx/nginx.conf
fi
cat > $WORK/heap.jfc <<'JFC'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0" label="heap">
  <event name="jdk.GCHeapSummary"><setting name="enabled">true</setting></event>
  <event name="jdk.GarbageCollection"><setting name="enabled">true</setting><setting name="threshold">0 ms</setting></event>
</configuration>
JFC
cpu() { # on-CPU ns of the process's threads: all but the JIT compilers, and the JIT compilers
  python3 - $1 <<'PY'
import os, sys
pid = sys.argv[1]
total = jit = 0
for tid in os.listdir(f'/proc/{pid}/task'):
    try:
        comm = open(f'/proc/{pid}/task/{tid}/comm').read().strip()
        ns = int(open(f'/proc/{pid}/task/{tid}/schedstat').read().split()[0])
    except OSError:
        continue
    if 'CompilerThre' in comm:
        jit += ns
    else:
        total += ns
print(total, jit)
PY
}
allocated() { # bytes allocated between the last two jcmd GC.run of a recording
  python3 - $1 <<'PY'
import json, subprocess, sys
def events(kind):
    out = subprocess.run(['jfr', 'print', '--json', '--events', kind, sys.argv[1]], capture_output=True, text=True, check=True).stdout
    return json.loads(out)['recording']['events']
forced = sorted(e['values']['gcId'] for e in events('jdk.GarbageCollection') if e['values']['cause'] == 'Diagnostic Command')
first, last = forced[-2], forced[-1]
used = {}
for e in events('jdk.GCHeapSummary'):
    v = e['values']
    if first <= v['gcId'] <= last:
        used.setdefault(v['gcId'], {})[v['when']] = v['heapUsed']
ids = sorted(used)
print(sum(used[b]['Before GC'] - used[a]['After GC'] for a, b in zip(ids, ids[1:])))
PY
}
name=$1; jar=$2; shift 2
dir=$WORK/run-$name; rm -rf $dir; mkdir -p $dir
if ss -ltn | grep -q ":18000 "; then echo "port 18000 busy"; exit 1; fi
# the recording runs from the start: starting JFR later made the JIT compile everything again
java -XX:StartFlightRecording=name=m,settings=$WORK/heap.jfc -XX:+UseSerialGC -Xms256m -Xmx256m -jar $jar \
  --server.port=18000 "$@" > $dir/stdout.log 2> $dir/stderr.log &
pid=$!
trap "kill $pid 2>/dev/null" EXIT
url=http://127.0.0.1:18000/api/catalog/products
for i in $(seq 60); do curl -sf -o /dev/null $url && break; sleep 1; done
kill -0 $pid
for w in $(seq 14); do
  read c0 j0 < <(cpu $pid)
  wrk -t1 -c16 -d10s $url > $dir/warm$w.txt
  read c1 j1 < <(cpu $pid)
  echo "warm-up $w: $(awk '/requests in/ {print $1}' $dir/warm$w.txt) requests, JIT $(( (j1 - j0) / 1000000 )) ms" >> $dir/warm.txt
  [ $(( (j1 - j0) / 1000000 )) -lt 300 ] && [ $w -ge 3 ] && break
done
jcmd $pid GC.run > /dev/null
read cpu0 jit0 < <(cpu $pid)
wrk -t1 -c16 -d8s $url > $dir/wrk.txt
read cpu1 jit1 < <(cpu $pid)
jcmd $pid GC.run > /dev/null
jcmd $pid JFR.dump name=m filename=$dir/m.jfr > /dev/null
requests=$(awk '/requests in/ {print $1}' $dir/wrk.txt)
non2xx=$(awk '/Non-2xx/ {print $NF}' $dir/wrk.txt)
bytes=$(allocated $dir/m.jfr)
echo "$name: $requests requests (non-2xx ${non2xx:-0}), $(( bytes / requests / 1000 )) kB allocated and" \
  "$(( (cpu1 - cpu0) / requests / 1000 )) µs CPU (JIT excluded) per request, JIT $(( (jit1 - jit0) / 1000000 )) ms," \
  "load $(cut -d' ' -f1-3 /proc/loadavg)"
