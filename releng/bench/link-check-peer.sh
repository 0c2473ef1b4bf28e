#!/usr/bin/env bash
# releng/bench/link-check-peer.sh [URLS] [DELAY_MS]
# The link-check benchmark against the checker users already know: installs markdown-link-check from npm into a
# temporary folder (never into the repository), then runs `rfy bench links`, which checks the same URLs on the same
# local server with both and prints both times, the ratio, and whether both found exactly the dead links.
# Needs node/npm and the network for the install; CI does not run it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
urls="${1:-2000}"
delay="${2:-50}"
peer_dir="$(mktemp -d "${TMPDIR:-/tmp}/rfy-link-peer-XXXXXX")"
trap 'rm -rf "$peer_dir"' EXIT

(cd "$peer_dir" && npm install --silent --no-audit --no-fund markdown-link-check >&2)
peer="$peer_dir/node_modules/.bin/markdown-link-check"
echo "peer: markdown-link-check $("$peer" --version)" >&2
"$root/rfy" bench links --urls "$urls" --delay-ms "$delay" --peer "$peer"
