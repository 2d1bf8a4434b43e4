#!/bin/sh
# The shipped /etc/comptoir/server.ini: the server accepts it (no unknown key, every value
# valid), it holds no secret, and it puts the SQLite file in the service's state directory.
# Usage: check-server-ini.sh SERVER_INI SERVER_BINARY
set -eu
ini=$1 binary=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
install -m 0600 "$ini" "$dir/server.ini"
env -i PATH=/usr/bin:/bin HOME="$dir" "$binary" --config "$dir/server.ini" config >"$dir/out" 2>"$dir/err" \
    || { cat "$dir/out" "$dir/err"; echo "FAIL: comptoir-server refuses $ini"; exit 1; }
cat "$dir/out" "$dir/err"
if [ -s "$dir/err" ]; then echo "FAIL: warnings for $ini"; exit 1; fi
grep -qx 'database/url = sqlite:/var/lib/comptoir/comptoir-server.sqlite (file)' "$dir/out" \
    || { echo "FAIL: database/url is not the state directory's SQLite file"; exit 1; }
grep -qx 'ligdicash/api_key = <empty> (default)' "$dir/out" \
    || { echo "FAIL: the package must not ship an API key"; exit 1; }
grep -qx 'ligdicash/auth_token = <empty> (default)' "$dir/out" \
    || { echo "FAIL: the package must not ship an auth token"; exit 1; }
grep -qx 'server/listen = 127.0.0.1:8080 (file)' "$dir/out" \
    || { echo "FAIL: the default listen address is not loopback:8080"; exit 1; }
echo "OK: $ini"
