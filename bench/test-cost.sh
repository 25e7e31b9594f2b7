#!/usr/bin/env bash
# CPU cost of single test classes: each MODULE:CLASS runs alone through the reactor (offline, quiet, -am, never
# install) under /usr/bin/time; prints wall, user+sys CPU and the 1-minute load average before -> after. Run a trivial
# class of the same module in the same invocation and subtract its CPU to remove Maven/compile/JVM overhead.
# Usage: bench/test-cost.sh deployer:GuideStepsTest deployer:AdoptTwinTest cli:CliGapsTest ...
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
load() { cut -d' ' -f1 /proc/loadavg; }
for spec in "$@"; do
  module="${spec%%:*}"; class="${spec#*:}"
  before="$(load)"; log="$(mktemp /tmp/test-cost-XXXXXX)"
  /usr/bin/time -f '%e %U %S' -o "$log.time" mvn -B -q -o -pl "$module" -am test -Dtest="$class" \
    -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1
  rc=$?
  read -r wall user sys < "$log.time"
  printf '%s %-12s %-36s exit %s  wall %7.1f s  cpu %7.1f s (user %.1f sys %.1f)  load %s -> %s\n' \
    "$(date -u +%H:%M:%S)" "$module" "$class" "$rc" "$wall" "$(echo "$user + $sys" | bc)" "$user" "$sys" \
    "$before" "$(load)"
  [ "$rc" = 0 ] || tail -30 "$log"
  rm -f "$log" "$log.time"
done
