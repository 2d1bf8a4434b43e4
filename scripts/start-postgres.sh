#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the integration tests (under /tmp, loopback only)
# and writes build/postgres.env with COMPTOIR_TEST_PG_URL. Idempotent: reuses a running cluster.
set -euo pipefail
cd "$(dirname "$0")/.."

# The cluster lives under /tmp: the postgres user may not be able to reach the checkout (e.g. under /root).
root=${TMPDIR:-/tmp}/comptoir-pg-$(printf %s "$PWD" | md5sum | cut -c1-8)
envfile=$PWD/build/postgres.env
mkdir -p "$PWD/build"
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pgbin" ]; then
  echo "start-postgres: PostgreSQL is not installed; PostgreSQL tests will be skipped" >&2
  rm -f "$envfile"
  exit 0
fi

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

mkdir -p "$root"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$root"

if [ -f "$envfile" ] && as_pg "$pgbin/pg_ctl" -D "$root/data" status >/dev/null 2>&1; then
  exit 0
fi

if [ ! -f "$root/data/PG_VERSION" ]; then
  as_pg "$pgbin/initdb" -D "$root/data" -A trust -U comptoir --no-sync -E UTF8 >"$root/initdb.log"
fi
port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
as_pg "$pgbin/pg_ctl" -D "$root/data" -l "$root/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $root -c fsync=off -c max_connections=200" start >/dev/null
as_pg "$pgbin/psql" -h 127.0.0.1 -p "$port" -U comptoir -d postgres -qtAc \
  "SELECT 1 FROM pg_database WHERE datname='comptoir_test'" | grep -q 1 \
  || as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U comptoir comptoir_test
echo "export COMPTOIR_TEST_PG_URL=postgresql://comptoir@127.0.0.1:$port/comptoir_test" >"$envfile"
echo "start-postgres: PostgreSQL on 127.0.0.1:$port ($root)"
