#!/bin/sh
# docs/deployment.md's commands for the three setups and for backups (SQLite and PostgreSQL) are
# the ones scripts/package-test.sh runs, word for word: every line of their ```sh blocks (the
# here-documents' contents included) must appear in the script.
# Exceptions, which the script does its own way: systemctl (no systemd in a chroot: the script
# starts the unit's ExecStart itself) and the placeholder keys (the script uses the sandbox's).
# Usage: check-guide.sh DEPLOYMENT_MD PACKAGE_TEST_SH
set -eu
guide=$1 script=$2
status=0
commands=$(awk '/^## Setup 1/,/^## Upgrading/' "$guide" \
    | awk '/^```sh/ { inside = 1; next } /^```/ { inside = 0 } inside')
[ -n "$commands" ] || { echo "FAIL: no commands found in $guide"; exit 1; }
count=0
while IFS= read -r line; do
    command=$(printf '%s' "$line" | sed 's/[[:space:]]*#.*$//; s/[[:space:]]*$//')
    case $command in
        '' | 'systemctl '* | 'COMPTOIR_LIGDICASH_API_KEY=your-api-key' | 'COMPTOIR_LIGDICASH_AUTH_TOKEN=your-auth-token') continue ;;
    esac
    count=$((count + 1))
    if ! grep -qF -- "$command" "$script"; then
        echo "FAIL: the guide says '$command' but the package test does not run it"
        status=1
    fi
done <<EOF2
$commands
EOF2
[ $status -eq 0 ] && echo "OK: $count commands of the guide run in the package test"
exit $status
