#!/usr/bin/env bash
# Wall and CPU time of the whole test command, test classes one at a time (-Dtests.parallel=false) against two at a
# time (the pom's default), interleaved: ROUNDS rounds (default 1) of both builds, the order alternating from round to
# round, offline and on the current tree. Prints one line per build: wall, user+sys CPU, exit code, the 1-minute load
# average before -> after, and the reactor's per-module times. About 20 minutes per round on 2 cores.
# Usage: bench/build-time.sh [ROUNDS]
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
rounds="${1:-1}"
load() { cut -d' ' -f1 /proc/loadavg; }
build() { # name, extra maven arguments...
  local name="$1"; shift
  local before log; before="$(load)"; log="$(mktemp /tmp/build-time-XXXXXX)"
  /usr/bin/time -f '%e %U %S' -o "$log.time" mvn -B -o verify "$@" > "$log" 2>&1
  local rc=$?
  read -r wall user sys < "$log.time"
  printf '%s %-9s exit %s  wall %6.1f s  cpu %6.1f s  load %s -> %s  modules: %s\n' "$(date -u +%H:%M:%S)" "$name" \
    "$rc" "$wall" "$(echo "$user + $sys" | bc)" "$before" "$(load)" \
    "$(grep -E '^\[INFO\] airflow-aks :: [a-z-]+ \.+ [A-Z]+ \[' "$log" | sed -E 's/^\[INFO\] airflow-aks :: ([a-z-]+) .*\[ *([^]]*)\]/\1 \2/' | paste -sd, -)"
  [ "$rc" = 0 ] || grep -E '<<< (FAIL|ERR)' "$log" | head -10
  rm -f "$log" "$log.time"
}
for ((i = 1; i <= rounds; i++)); do
  if ((i % 2)); then
    build serial -Dtests.parallel=false; build parallel
  else
    build parallel; build serial -Dtests.parallel=false
  fi
done
