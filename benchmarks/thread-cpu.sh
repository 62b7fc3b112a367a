#!/usr/bin/env bash
# Per-thread CPU of a running process over a window, from /proc/PID/task/*/schedstat: CPU time,
# time spent runnable but waiting for a core, and timeslices, busiest first. Linux only.
#
#   benchmarks/thread-cpu.sh PID [SECONDS]
set -euo pipefail
P=$1; S=${2:-10}
snap() { for t in /proc/"$P"/task/*; do echo "$(basename "$t") $(cat "$t"/schedstat 2>/dev/null) $(tr ' ' '_' < "$t"/comm 2>/dev/null)"; done | sort; }
A="$(snap)"; sleep "$S"; B="$(snap)"
join <(echo "$A") <(echo "$B") | awk '{cpu=($6-$2)/1e6; wait=($7-$3)/1e6; n=$8-$4; if (cpu>1) printf "%8.0f ms cpu %8.0f ms runq-wait %7d slices  %s\n", cpu, wait, n, $5}' | sort -rn | head -16
