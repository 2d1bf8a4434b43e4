#!/bin/sh
# A shipped server.ini (Debian's /etc/comptoir/server.ini, the MSI's example): the server accepts
# it (no unknown key, every value valid), it holds no secret, and it puts the SQLite file in the
# service's data folder (default: Debian's state directory).
# Usage: check-server-ini.sh SERVER_INI SERVER_BINARY [DATABASE_URL]
set -eu
ini=$1 binary=$2 url=${3:-sqlite:/var/lib/comptoir/comptoir-server.sqlite}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
install -m 0600 "$ini" "$dir/server.ini"
env -i PATH=/usr/bin:/bin HOME="$dir" "$binary" --config "$dir/server.ini" config >"$dir/out" 2>"$dir/err" \
    || { cat "$dir/out" "$dir/err"; echo "FAIL: comptoir-server refuses $ini"; exit 1; }
cat "$dir/out" "$dir/err"
if [ -s "$dir/err" ]; then echo "FAIL: warnings for $ini"; exit 1; fi
grep -qxF "database/url = $url (file)" "$dir/out" \
    || { echo "FAIL: database/url is not $url"; exit 1; }
grep -qx 'ligdicash/api_key = <empty> (default)' "$dir/out" \
    || { echo "FAIL: the package must not ship an API key"; exit 1; }
grep -qx 'ligdicash/auth_token = <empty> (default)' "$dir/out" \
    || { echo "FAIL: the package must not ship an auth token"; exit 1; }
grep -qx 'server/listen = 127.0.0.1:8080 (file)' "$dir/out" \
    || { echo "FAIL: the default listen address is not loopback:8080"; exit 1; }
echo "OK: $ini"
