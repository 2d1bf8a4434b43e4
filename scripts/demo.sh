#!/usr/bin/env bash
# make demo: starts the sandbox and the server with a demo shop, opens the app, stops both after.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash scripts/run-demo.sh "$@"
