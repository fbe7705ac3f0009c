#!/usr/bin/env bash
# Submits a ChatShare sweep as a Slurm job array of N shards plus a merge job that runs when all
# shards succeeded. Usage: scripts/slurm/submit.sh CONFIG OUT N [extra sbatch options...]
# The merged sweep lands in OUT (runs.csv, firms.csv, market.csv, events.csv, summary.csv, runs/).
set -euo pipefail
if [[ $# -lt 3 ]]; then
  echo "usage: $0 CONFIG OUT N [sbatch options...]" >&2
  exit 2
fi
config="$(readlink -f "$1")"; out="$(readlink -m "$2")"; n="$3"; shift 3
here="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
chatshare="$(cd "$here/../.." && pwd)/chatshare"
"$chatshare" --version >/dev/null # build the jar once, before the tasks start
array=$(sbatch --parsable --array="0-$((n - 1))" "$@" \
  --export=ALL,CONFIG="$config",OUT="$out",CHATSHARE="$chatshare" "$here/sweep.sbatch")
shards=()
for ((k = 0; k < n; k++)); do shards+=("$out/shard-$k"); done
# %q-quote every word: the merge runs in a shell, and paths may contain spaces.
merge_cmd="$(printf '%q ' "$chatshare" merge "$out" "${shards[@]}")"
merge=$(sbatch --parsable --dependency="afterok:${array%%;*}" --job-name=chatshare-merge "$@" \
  --output="$out/merge.log" --wrap="$merge_cmd")
echo "submitted array ${array%%;*} ($n shards) and merge $merge -> $out" >&2
