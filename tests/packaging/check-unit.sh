#!/bin/sh
# The systemd unit: the sandboxing options we promise are there, and systemd-analyze verify
# (when present) accepts it, with ExecStart pointed at the freshly built binary.
# Usage: check-unit.sh UNIT SERVER_BINARY [NAME]  (NAME: comptoir-server@8081.service for the template)
set -eu
unit=$1 binary=$2 name=${3:-comptoir-server.service}
for option in 'User=comptoir' 'ProtectSystem=strict' 'StateDirectory=comptoir' \
              'NoNewPrivileges=yes' 'PrivateTmp=yes' 'ProtectHome=yes' 'CapabilityBoundingSet='; do
    grep -qx "$option" "$unit" || { echo "FAIL: $unit lacks '$option'"; exit 1; }
done
grep -qx 'ExecStart=/usr/bin/comptoir-server --config /etc/comptoir/server.ini .*serve' "$unit" \
    || { echo "FAIL: $unit does not run the server with /etc/comptoir/server.ini"; exit 1; }
command -v systemd-analyze >/dev/null 2>&1 || { echo "SKIP: no systemd-analyze"; exit 77; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sed "s|^ExecStart=/usr/bin/comptoir-server|ExecStart=$binary|" "$unit" >"$dir/$name"
# verify also loads the default dependencies (network-online.target ...); only our unit's own
# lines matter, so keep the messages that name it.
out=$(SYSTEMD_LOG_LEVEL=warning systemd-analyze verify --man=no "$dir/$name" 2>&1) || true
echo "$out"
if echo "$out" | grep 'comptoir-server' | grep -qv 'Failed to put bus name\|Failed to connect'; then
    echo "FAIL: systemd-analyze verify complains about the unit"
    exit 1
fi
# The sandboxing adds up: systemd's own exposure score (0-10, shown x10 to --threshold) stays
# at "OK" (1.7 when written; 2.5 leaves room for systemd's scoring to move).
if systemd-analyze security --help 2>/dev/null | grep -q -- '--offline'; then
    if ! systemd-analyze security --offline=yes --threshold=25 --no-pager "$dir/$name" >"$dir/security"; then
        cat "$dir/security"
        echo "FAIL: the unit's exposure is above 2.5"
        exit 1
    fi
    tail -n 1 "$dir/security"
fi
echo "OK: $unit"
