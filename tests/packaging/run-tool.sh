#!/bin/sh
# Runs a validator, or skips (77) when it is not installed: run-tool.sh TOOL ARGS...
command -v "$1" >/dev/null 2>&1 || { echo "SKIP: $1 is not installed (scripts/install-deps.sh)"; exit 77; }
exec "$@"
