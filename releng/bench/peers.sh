#!/usr/bin/env bash
# releng/bench/peers.sh [mentions] [unlinked] [links] [validate] [dump] [habr] [slack]   (all of them by default)
#
# Times the commands users run, end to end through ./rfy (start-up, loading, output included), on inputs generated
# by releng/io.rfy.bench, and the peers on the same inputs in the same run:
#   mentions  ./rfy mentions <ws> --json (no cache, then the cached second run) vs rg -F -i -c -f names.txt
#   unlinked  ./rfy mentions <ws> --review <id> --unlinked after a first run, one 50 MB Telegram export as corpus
#   links     ./rfy validate <ws> --online --no-cache vs linkinator 6 --concurrency 100, over 200 hosts and 20 hosts
#   validate  ./rfy validate <ws> of 10,000 reviews        dump  ./rfy dump <ws> --json of the same
#   habr      ./rfy import habr-text of a 1,000-review scrape, then ./rfy export of the batch
#   slack     ./rfy import slack of a 200,000-message channel export (MESSAGES), as a folder and as a zip
# Prints each figure as the median of RUNS runs (default 3) with its min and max, the peak RSS, and each ratio
# (peer's time / ours: above 1 we are faster). Figures in the README come from this script.
# Needs: the product (./rfy builds it), java, /usr/bin/time; ripgrep (installed with apt-get when missing and run as
# root); node/npm for linkinator, installed into a temporary folder, never into the repository.
# Environment: RUNS, MB and NAMES (the mention corpus: 200 MB, 50,000 names), KEEP=1 keeps the generated inputs.
set -euo pipefail
# the figures are read from the messages, so the messages are the English ones whatever the user's language
export LC_ALL=C.UTF-8

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${RUNS:-3}"
mb="${MB:-200}"
names="${NAMES:-50000}"
sections=("$@")
((${#sections[@]})) || sections=(mentions unlinked links validate dump habr slack)
work="$(mktemp -d "${TMPDIR:-/tmp}/rfy-peers-XXXXXX")"
cleanup() {
  exec 9>&- 2>/dev/null || true
  if [[ "${KEEP:-0}" == 1 ]]; then echo "inputs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

classes="$root/releng/io.rfy.bench/target/classes"
if [[ ! -f "$classes/io/rfy/bench/BenchInputs.class" || ! -x "$root/releng/io.rfy.product/target/products/io.rfy.rcp.product/linux/gtk/x86_64/rfy" ]]; then
  echo "building (once) ..." >&2
  (cd "$root" && ./mvnw -B -q -DskipTests verify) >&2
fi
rfy="$root/rfy"
inputs() { java -cp "$classes" io.rfy.bench.BenchInputs "$@"; }

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# measure NAME CMD...: runs CMD $runs times (stdout to $out_file or $work/out, stderr to $work/err); prints the median wall time
# with min and max and the largest peak RSS; leaves the median in $median (seconds)
measure() {
  local name="$1"; shift
  local times=() peak=0 exit_code=0 line secs kb
  for ((i = 0; i < runs; i++)); do
    exit_code=0
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" > "${out_file:-$work/out}" 2> "$work/err" || exit_code=$?
    line="$(tail -n 1 "$work/time")"
    secs="${line% *}"; kb="${line#* }"
    times+=("$secs")
    ((kb > peak)) && peak=$kb
  done
  local sorted
  mapfile -t sorted < <(printf '%s\n' "${times[@]}" | sort -g)
  median="${sorted[$(((runs - 1) / 2))]}"
  printf '%-58s %6.2f s  (min %.2f, max %.2f; peak RSS %d MB; exit %d)\n' "$name" "$median" "${sorted[0]}" \
    "${sorted[$((runs - 1))]}" $((peak / 1024)) "$exit_code"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

need_rg() {
  command -v rg > /dev/null && return
  if [[ $(id -u) == 0 ]]; then
    apt-get install -y -q ripgrep > /dev/null 2>&1 || { apt-get update -q > /dev/null && apt-get install -y -q ripgrep > /dev/null; }
  else
    echo "ripgrep is missing: apt-get install ripgrep" >&2; exit 2
  fi
}

bench_mentions() {
  need_rg
  local d="$work/mentions"
  inputs mentions "$d" --mb "$mb" --names "$names"
  local bytes; bytes=$(du -sb "$d/ws/corpus" | cut -f1)
  cat "$d/ws/corpus"/* > /dev/null # into the page cache, for both
  local rg_version; rg_version="$(rg --version)"
  echo "-- mentions: ${rg_version%%$'\n'*}, $names names, $((bytes / 1000000)) MB"
  # rg 13 needs larger regex limits even to start on tens of thousands of names; they change no result
  measure "rg -F -i -c -f names.txt corpus/" rg -F -i -c --regex-size-limit 2G --dfa-size-limit 2G \
    -f "$d/names.txt" "$d/ws/corpus"
  local rg_s="$median"
  local first=() second=()
  # the listing is gigabytes of JSON: written to /dev/null, counted from what rfy says on stderr
  out_file=/dev/null
  for ((r = 0; r < runs; r++)); do
    rm -rf "$d/ws/.rfy"
    local saved="$runs"; runs=1
    measure "./rfy mentions <ws> --json (first run, no cache)" "$rfy" mentions "$d/ws" --json
    first+=("$median")
    measure "./rfy mentions <ws> --json (second run, cached)" "$rfy" mentions "$d/ws" --json
    second+=("$median")
    runs="$saved"
  done
  local f s
  f=$(printf '%s\n' "${first[@]}" | sort -g | sed -n "$(((runs + 1) / 2))p")
  s=$(printf '%s\n' "${second[@]}" | sort -g | sed -n "$(((runs + 1) / 2))p")
  out_file=""
  echo "mentions listed: $(grep -o '^[0-9]* mention(s)' "$work/err" || true)"
  echo "medians: rg $rg_s s ($(ratio $((bytes / 1000000)) "$rg_s") MB/s); rfy first $f s ($(ratio $((bytes / 1000000)) "$f") MB/s), second $s s"
  echo "RATIO mentions: rg / rfy first run = $(ratio "$rg_s" "$f") (target >= 1); second / first = $(ratio "$s" "$f") (target < 0.20)"
}

bench_unlinked() {
  local d="$work/unlinked"
  inputs mentions "$d" --names 1000 --mb 50 --telegram
  echo "-- unlinked: 1,000 reviews, one $(($(stat -c %s "$d/ws/corpus/channel.json") / 1000000)) MB Telegram export"
  local saved="$runs"; runs=1
  measure "./rfy mentions <ws> --review m-1 --unlinked (first run)" "$rfy" mentions "$d/ws" --review m-1 --unlinked
  runs="$saved"
  measure "./rfy mentions <ws> --review m-1 --unlinked (after)" "$rfy" mentions "$d/ws" --review m-1 --unlinked
  echo "unlinked mentions listed: $(grep -c . "$work/out" || true); target after the first run: under 1 s"
}

linkinator=""
need_linkinator() {
  [[ -n "$linkinator" ]] && return
  local dir="$work/linkinator"
  mkdir -p "$dir"
  (cd "$dir" && npm install --silent --no-audit --no-fund --no-save linkinator@6 > /dev/null)
  linkinator="$dir/node_modules/.bin/linkinator"
}

# broken URLs out of each report, sorted, one a line
ours_broken() {
  python3 -c 'import json,sys; print("\n".join(sorted(e["url"] for e in json.load(open(sys.argv[1])) if e["code"] == "rfy.link.broken")))' "$1"
}
peer_broken() {
  python3 -c 'import json,sys; print("\n".join(sorted(l["url"] for l in json.load(open(sys.argv[1]))["links"] if l["state"] == "BROKEN")))' "$1"
}

bench_links_on() {
  local hosts="$1" per_host="$2" d="$work/links-$1"
  mkdir -p "$d"
  mkfifo "$d/control"
  inputs links "$d" --hosts "$hosts" --per-host "$per_host" --broken 100 --delay-ms 50 < "$d/control" > "$d/server.log" &
  local server=$!
  exec 9> "$d/control"
  until grep -q '^ready' "$d/server.log"; do sleep 0.2; done
  echo "-- links: $(grep '^ready' "$d/server.log" | cut -d' ' -f2-)"
  measure "./rfy validate <ws> --online --no-cache --format json" "$rfy" validate "$d/ws" --online --no-cache --format json
  local ours="$median"
  ours_broken "$work/out" > "$d/ours.txt"
  echo "ours" >&9
  measure "linkinator links.html --concurrency 100 --format json" "$linkinator" "$d/links.html" --concurrency 100 --format json
  local peer="$median"
  peer_broken "$work/out" > "$d/peer.txt"
  echo "linkinator" >&9
  exec 9>&-
  wait "$server"
  sort "$d/broken.txt" > "$d/expected.txt"
  sed -n 's/^served ours: /requests of rfy (all runs): /p; s/^served linkinator: /requests of linkinator (all runs): /p' "$d/server.log"
  echo "broken found: rfy $(wc -l < "$d/ours.txt") ($(cmp -s "$d/ours.txt" "$d/expected.txt" && echo "exactly the broken set" || echo "NOT the broken set")), linkinator $(wc -l < "$d/peer.txt") ($(cmp -s "$d/peer.txt" "$d/expected.txt" && echo "exactly the broken set" || echo "NOT the broken set"))"
  echo "RATIO links $hosts hosts x $per_host: linkinator / rfy = $(ratio "$peer" "$ours") (target >= 1)"
}

bench_links() {
  need_linkinator
  echo "-- linkinator $("$linkinator" --version)"
  bench_links_on 200 10
  bench_links_on 20 100
}

validate_ws=""
need_validate_ws() {
  [[ -n "$validate_ws" ]] && return
  validate_ws="$work/validate"
  inputs workspace "$validate_ws" --reviews 10000 --reviewers 200
}

bench_validate() {
  need_validate_ws
  measure "./rfy validate <ws> (10,000 reviews)" "$rfy" validate "$validate_ws"
  echo "findings: $(grep -c . "$work/out" || true) lines; target: under 2 s"
}

bench_dump() {
  need_validate_ws
  measure "./rfy dump <ws> --json (10,000 reviews)" "$rfy" dump "$validate_ws" --json
  echo "JSON: $(($(wc -c < "$work/out") / 1000000)) MB; target: under 2 s"
}

bench_habr() {
  local d="$work/habr"
  mkdir -p "$d"
  inputs habr "$root/seeds/004_5567fbc14159c4b5.txt" "$d/scrape.txt" --reviews 1000
  # each run imports into a fresh workspace
  measure "./rfy import habr-text (1,000 reviews)" sh -c 'rm -rf "$1" && exec "$2" import habr-text "$3" --into "$1"' \
    sh "$d/ws" "$rfy" "$d/scrape.txt"
  local batch; batch="$(ls "$d/ws/batches"/*.md | head -n 1)"
  measure "./rfy export <batch> (1,000 reviews, Habr HTML)" "$rfy" export "$batch" -o "$d/batch.html"
}

bench_slack() {
  local d="$work/slack" messages="${MESSAGES:-200000}"
  mkdir -p "$d"
  inputs slack "$d" --messages "$messages"
  local form label
  for form in export export.zip; do
    label=folder; [[ "$form" == *.zip ]] && label=zip
    # each run imports into a fresh workspace; the figure includes reading every message and writing the drafts
    measure "./rfy import slack ($messages messages, $label)" sh -c \
      'rm -rf "$1" && exec "$2" import slack "$3" --channel article_essense --into "$1"' sh "$d/ws" "$rfy" "$d/$form"
    awk -v n="$messages" -v s="$median" 'BEGIN { printf "  %.0f messages/s\n", (s > 0 ? n / s : 0) }'
  done
}

for s in "${sections[@]}"; do
  case "$s" in
    mentions | unlinked | links | validate | dump | habr | slack) "bench_$s" ;;
    *) echo "unknown section '$s' (mentions unlinked links validate dump habr slack)" >&2; exit 2 ;;
  esac
done
echo "== done, load average $(cut -d' ' -f1-3 /proc/loadavg)"
