#!/usr/bin/env bash
# Times the README's two commands as a new user runs them: each run in a fresh clone of this
# repository's HEAD, with an empty pnpm store and cache (every package downloaded again, nothing
# built before) and an empty npm global folder (pnpm installed afresh, as on a machine that never
# had it), on the Node first on the PATH. The commands are read from the README's first two
# `sh` blocks, so what is timed is what the README says. Runs alternate between the two commands.
# Prints each run's wall time, exit code and one-minute load average at its start and end, then
# each command's median and range (docs/performance.md, "The README's commands").
#
#   export PATH="$(bash scripts/install-node.sh 24):$PATH"
#   bash bench/readme-commands.sh [runs, default 3]
set -euo pipefail
runs=${1:-3}
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)

# The README's n-th block of shell commands.
readme_command() {
  awk -v wanted="$1" '/^```sh$/ { block++; next } /^```$/ { next } block == wanted { print; exit }' "$repo/README.md"
}

load() { cut -d' ' -f1 /proc/loadavg; }

declare -A times
echo "Node $(node --version), $(nproc) cores, HEAD $(git -C "$repo" rev-parse --short HEAD)"
for run in $(seq "$runs"); do
  for which in 1 2; do
    command=$(readme_command "$which")
    scratch=$(mktemp -d)
    git clone --quiet "$repo" "$scratch/plan-ledger"
    before=$(load)
    started=$(date +%s.%N)
    set +e
    (
      cd "$scratch/plan-ledger"
      export npm_config_store_dir="$scratch/pnpm-store" XDG_CACHE_HOME="$scratch/cache" npm_config_cache="$scratch/npm-cache"
      export npm_config_prefix="$scratch/global" PATH="$scratch/global/bin:$PATH"
      bash -c "$command"
    ) > "$scratch/output.log" 2>&1
    code=$?
    set -e
    seconds=$(awk -v start="$started" -v end="$(date +%s.%N)" 'BEGIN { printf "%.1f", end - start }')
    after=$(load)
    printf 'run %d, command %d: %6.1f s, exit %d, load %s -> %s\n' "$run" "$which" "$seconds" "$code" "$before" "$after"
    if [ "$code" -ne 0 ]; then
      echo "  the command failed; its output: $scratch/output.log" >&2
      exit 1
    fi
    if [ "$which" = 2 ]; then sed 's/\x1b\[[0-9;]*m//g' "$scratch/output.log" | grep -E '^ *Tests +[0-9]|skipped\.$' | sed 's/^ */  /'; fi
    times[$which]="${times[$which]:-} $seconds"
    rm -rf "$scratch"
  done
done
for which in 1 2; do
  sorted=$(tr ' ' '\n' <<< "${times[$which]}" | grep . | sort -n)
  count=$(wc -l <<< "$sorted")
  median=$(sed -n "$(((count + 1) / 2))p" <<< "$sorted")
  printf 'command %d: median %.1f s, range %.1f - %.1f s over %d runs\n' "$which" "$median" "$(head -1 <<< "$sorted")" "$(tail -1 <<< "$sorted")" "$count"
done
