#!/usr/bin/env bash
# One step of the maximum-sustainable-rate procedure (BENCHMARKS.md, "Load generator"):
# a fresh engine (serve --no-security, loopback only) on its own data directory, 30 s of warm-up
# load with other traffic (--seed 1: the JIT compiles for half a minute after start), then the
# measured run: 10 s more warm-up and DURATION s measured at RATE inputs/s, the report in
# benchmarks/results/loadgen-TAG.txt and .json. Extra arguments go to the measured loadgen run
# (e.g. --iapi-rate 1000, --tcp 127.0.0.1:19090); CONFIG=FILE serves another configuration.
# The flight board is sized for the step: no generated flight arrives within it, so the board keeps
# every traveller sent (about 57 seats and bookings an input), and a map run past the capacity it was
# sized for stalls the screening thread for seconds (BENCHMARKS.md, "Rate steps, session 12").
# BOARD_ENTRIES=N sizes it otherwise (80 an input sent by default, warm-up included). The load
# generator gets a heap of LOADGEN_HEAP (4g) so that every pass of a step is a new day: with the
# launcher's 2g heap of the time, the days of a 700 inputs/s step filled its share after 23 of 30 passes, and the
# last 7 s measured were repeats (no new flight, no alert: another workload than the rest).
#
#   benchmarks/load-step.sh TAG RATE [loadgen options...]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TAG="$1"; RATE="$2"; shift 2
DURATION="${DURATION:-30}"
# DATA_DIR=DIR puts the engine's data directory (journal, keys) under DIR instead of /tmp.
DATA="$(mktemp -d "${DATA_DIR:-/tmp}/paxgate-load-XXXXXX")"
OUT="$ROOT/benchmarks/results/loadgen-$TAG"
HTTP=18080
TCP=19090
cd "$ROOT"
SOURCE_CONFIG="${CONFIG:-config/paxgate.yaml}"
cp -r "$(dirname "$SOURCE_CONFIG")" "$DATA/config"
STEP_CONFIG="$DATA/config/$(basename "$SOURCE_CONFIG")"
BOARD_ENTRIES="${BOARD_ENTRIES:-$(((${WARMUP_RATE:-$RATE} * 30 + RATE * (10 + DURATION)) * 80))}"
sed -i "/^board:/,/^[^ ]/ s/^\(  expected_entries:\) *[0-9]*/\1 $BOARD_ENTRIES/" "$STEP_CONFIG"
grep -q "^  expected_entries: $BOARD_ENTRIES" "$STEP_CONFIG" || { echo "no board expected_entries in $SOURCE_CONFIG" >&2; rm -rf "$DATA"; exit 2; }
# BOARD_DIR=DIR puts the flight board there (serve --board-dir), e.g. on a tmpfs; a fresh
# directory under it is used and removed with the data directory.
BOARD=""
if [ -n "${BOARD_DIR:-}" ]; then BOARD="$(mktemp -d "$BOARD_DIR/paxgate-board-XXXXXX")"; fi
# ENGINE_GC / ENGINE_JAVA_OPTS: PAXGATE_GC / PAXGATE_JAVA_OPTS for the engine alone (the load
# generator keeps the launcher's defaults), e.g. ENGINE_GC=-XX:+UseParallelGC. ENGINE_JAVA_HOME=DIR runs
# the engine on that JDK (e.g. /usr/lib/jvm/temurin-25-jdk-amd64: generational ZGC) and the load
# generator on the default one. ENGINE_HEAP=SIZE: the engine's heap (PAXGATE_HEAP; by default the launcher's, a quarter of the memory).
env ${ENGINE_GC+"PAXGATE_GC=$ENGINE_GC"} ${ENGINE_HEAP+"PAXGATE_HEAP=$ENGINE_HEAP"} ${ENGINE_JAVA_OPTS+"PAXGATE_JAVA_OPTS=$ENGINE_JAVA_OPTS"} \
    ${ENGINE_JAVA_HOME+"JAVA_HOME=$ENGINE_JAVA_HOME"} \
    ./paxgate serve --config "$STEP_CONFIG" --data "$DATA" ${BOARD:+--board-dir "$BOARD"} --http-port $HTTP --tcp-port $TCP \
    --no-security > "$DATA/serve.log" 2>&1 &
ENGINE=$!
# The data directory (1-3 GB after a step) goes once the engine has stopped writing to it. Every
# command here may fail (set -e would end the trap there, and the directory stayed behind).
stop_engine() {
  kill $ENGINE 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 $ENGINE 2>/dev/null || break; sleep 0.5; done
  kill -9 $ENGINE 2>/dev/null || true
  wait $ENGINE 2>/dev/null || true
  rm -rf "$DATA" ${BOARD:+"$BOARD"}
}
trap stop_engine EXIT
for _ in $(seq 1 120); do
  curl -s -o /dev/null "http://127.0.0.1:$HTTP/health" && break
  sleep 0.5
done
LOADGEN_HEAP="${LOADGEN_HEAP:-4g}"
# WARMUP_RATE=R: the first warm-up load at R inputs/s instead of the step's rate. A low step's own
# warm-up leaves the JIT compiling into its measured part (BENCHMARKS.md, "Session 16").
PAXGATE_HEAP="$LOADGEN_HEAP" ./paxgate loadgen --target "http://127.0.0.1:$HTTP" --rate "${WARMUP_RATE:-$RATE}" --warmup 5 --duration 25 --seed 1 > /dev/null
# THREAD_CPU=SECONDS: per-thread CPU of the engine and of the load generator (benchmarks/thread-cpu.sh)
# over that many seconds of the measured part, starting 5 s after its warm-up ended (the first progress
# line that is not warm-up), into benchmarks/results/threadcpu-TAG-engine.txt and -loadgen.txt.
if [ -n "${THREAD_CPU:-}" ]; then
  rm -f "$OUT.txt"
  ( for _ in $(seq 1 600); do
      grep -qE '^ +[0-9]+ acks/s' "$OUT.txt" 2>/dev/null && break
      sleep 0.5
    done
    sleep 5
    LG="$(pgrep -f "loadgen --target http://127.0.0.1:$HTTP --rate $RATE --warmup 10" | head -n 1 || true)"
    benchmarks/thread-cpu.sh "$ENGINE" "$THREAD_CPU" > "$ROOT/benchmarks/results/threadcpu-$TAG-engine.txt" 2>&1 &
    if [ -n "$LG" ]; then
      benchmarks/thread-cpu.sh "$LG" "$THREAD_CPU" > "$ROOT/benchmarks/results/threadcpu-$TAG-loadgen.txt" 2>&1 || true
    fi
    wait ) &
  SAMPLER=$!
fi
{ echo "# $(date -u +%FT%TZ) nproc $(nproc) load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  PAXGATE_HEAP="$LOADGEN_HEAP" ./paxgate loadgen --target "http://127.0.0.1:$HTTP" --rate "$RATE" --warmup 10 --duration "$DURATION" \
      --json "$OUT.json" "$@"
  echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"; } | tee "$OUT.txt"
if [ -n "${SAMPLER:-}" ]; then wait "$SAMPLER" 2>/dev/null || true; fi
