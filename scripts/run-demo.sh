#!/usr/bin/env bash
# The demo behind `make demo`: a throwaway folder with a ligdicash-sandbox and a comptoir-server
# (SQLite, a terminal "Caisse 1", cashier awa PIN 1234, manager moussa PIN 9999), then the app
# on that terminal. The demo shop's catalog is imported into the server, which the app refreshes
# its catalog from at start. Both background processes stop with the app.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${COMPTOIR_BIN_DIR:-build/bin}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/comptoir-demo.XXXXXX")
chmod 700 "$WORK"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

# Waits for "listening on http://..." in a log and prints the URL.
listening_url() {
  for _ in $(seq 100); do
    url=$(grep -o 'listening on http://[^ ]*' "$1" 2>/dev/null | head -n1 | cut -d' ' -f3 || true)
    if [ -n "$url" ]; then echo "${url%/}"; return 0; fi
    sleep 0.1
  done
  echo "no listening address in $1:" >&2; cat "$1" >&2; return 1
}

API_KEY=demo-api-key
AUTH_TOKEN=demo-auth-token
"$BIN/ligdicash-sandbox" --port 0 --api-key "$API_KEY" --auth-token "$AUTH_TOKEN" \
  --control-key demo-control-key >"$WORK/sandbox.log" 2>&1 &
pids+=($!)
SANDBOX_URL=$(listening_url "$WORK/sandbox.log")

# A free port for the server, so its public (callback) URL is known before it starts.
PORT=$(( 20000 + RANDOM % 20000 ))
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$(( PORT + 1 )); done
cat >"$WORK/server.ini" <<INI
[server]
listen=127.0.0.1:$PORT
public_url=http://127.0.0.1:$PORT

[database]
url=sqlite:$WORK/comptoir.sqlite

[ligdicash]
base_url=$SANDBOX_URL
api_key=$API_KEY
auth_token=$AUTH_TOKEN
INI
chmod 600 "$WORK/server.ini"
server() { "$BIN/comptoir-server" --config "$WORK/server.ini" "$@"; }
TOKEN=$(server terminal add "Caisse 1" | sed -n 's/^token: //p')
server user add --role cashier --pin 1234 awa >/dev/null
server user add --role manager --pin 9999 moussa >/dev/null
server product import resources/demo/catalog.json >/dev/null
printf '%s' "$TOKEN" >"$WORK/terminal-token"
chmod 600 "$WORK/terminal-token"
server >"$WORK/server.log" 2>&1 &
pids+=($!)
SERVER_URL=$(listening_url "$WORK/server.log")

echo "comptoir demo: sandbox $SANDBOX_URL, server $SERVER_URL (cashier awa: PIN 1234, manager moussa: PIN 9999)"
"$BIN/comptoir" --config "$WORK/comptoir.ini" --data-dir "$WORK/till" --server "$SERVER_URL" \
  --token-file "$WORK/terminal-token" "$@"
