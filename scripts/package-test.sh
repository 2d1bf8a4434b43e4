#!/usr/bin/env bash
# package-test: the Debian packages, installed into a clean Debian 12 root and used exactly as
# docs/deployment.md's setup (1) says (one counter PC, app + server, no public URL): install,
# keys, terminal and people, the service started as systemd would start it, the app's version
# and an offscreen run against the server, a backup and its restore, then removal and purge.
#
# Usage (as root): scripts/package-test.sh [BUILD_DIR]     (packages in BUILD_DIR/packages)
#   make package-test does `make package` first. The Debian 12 base (debootstrap, about a
#   minute) and the downloaded .debs are cached under /var/cache/comptoir-package-test, so
#   later runs only unpack and install. COMPTOIR_DEBIAN_MIRROR picks another mirror.
#   The server and app run in a private network namespace: nothing collides with the host's
#   ports.
set -euo pipefail

log() { printf 'package-test: %s\n' "$*"; }
die() { log "FAIL: $*"; exit 1; }
trap 'log "FAIL: line $LINENO: $BASH_COMMAND"' ERR

# ---------------------------------------------------------------------------------------------
# Inner part, run inside `unshare --net` with the root already installed: setup (1) from
# "Start the service" on. Arguments: --inner ROOT
# ---------------------------------------------------------------------------------------------
if [ "${1:-}" = "--inner" ]; then
    root=$2
    ip link set lo up
    server_pid= sandbox_pid=

    # Runs a shell snippet in the root as the root user, the way an operator types it.
    as_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
                    LANG=C.UTF-8 TERM=dumb sh -ec "$1"; }

    # What `systemctl start comptoir-server` does, read from the installed unit: the state
    # directory, EnvironmentFile= (read as root), Environment=, UMask, then ExecStart as User=.
    start_service() {
        local unit=$root/lib/systemd/system/comptoir-server.service
        local user exec_start state environment files
        user=$(sed -n 's/^User=//p' "$unit")
        exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
        state=$(sed -n 's/^StateDirectory=//p' "$unit")
        environment=$(sed -n 's/^Environment=//p' "$unit" | tr '\n' ' ')
        files=$(sed -n 's/^EnvironmentFile=-\{0,1\}//p' "$unit" | tr '\n' ' ')
        as_root "install -d -o $user -g $user -m 0750 /var/lib/$state"
        : >"$root/var/log/comptoir-server.log"
        chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 sh -c "
            set -a; for f in $files; do [ -f \"\$f\" ] && . \"\$f\"; done; set +a
            umask 0077
            exec setpriv --reuid=$user --regid=$user --init-groups --no-new-privs \
                env HOME=/var/lib/$state $environment $exec_start" \
            >>"$root/var/log/comptoir-server.log" 2>&1 &
        server_pid=$!
        for _ in $(seq 1 100); do
            grep -q '^comptoir-server listening on ' "$root/var/log/comptoir-server.log" && return 0
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.2
        done
        cat "$root/var/log/comptoir-server.log"
        die "the service did not start"
    }
    stop_service() { # systemctl stop: SIGTERM, then it must exit by itself
        kill -TERM "$server_pid"
        wait "$server_pid" || die "the server exited with $? on SIGTERM"
        server_pid=
    }
    cleanup_inner() {
        [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
        [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null
        wait 2>/dev/null
        true
    }
    trap cleanup_inner EXIT

    # A stand-in for LigdiCash (no network to the real one here): the sandbox from the package,
    # with known merchant keys, sending no callbacks: setup (1) has no public URL, so the server
    # must learn of payments by confirming them itself.
    chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin setpriv --reuid=nobody --regid=nogroup \
        --clear-groups ligdicash-sandbox --port 8089 --api-key test-api-key \
        --auth-token test-auth-token --control-key test-control-key --callbacks none \
        >"$root/var/log/ligdicash-sandbox.log" 2>&1 &
    sandbox_pid=$!

    log "setup (1), step 3: the LigdiCash keys"
    as_root '
install -m 0600 -o comptoir -g comptoir /dev/null /etc/comptoir/secrets.env
cat >/etc/comptoir/secrets.env <<EOF
COMPTOIR_LIGDICASH_API_KEY=test-api-key
COMPTOIR_LIGDICASH_AUTH_TOKEN=test-auth-token
COMPTOIR_LIGDICASH_BASE_URL=http://127.0.0.1:8089
EOF'

    log "setup (1), step 4: the terminal and the people"
    as_root '
runuser -u comptoir -- comptoir-server --config /etc/comptoir/server.ini terminal add "Caisse 1" | tee /root/caisse-1.txt
echo 9999 | runuser -u comptoir -- comptoir-server --config /etc/comptoir/server.ini user add --role manager Fati
echo 1234 | runuser -u comptoir -- comptoir-server --config /etc/comptoir/server.ini user add --role cashier Awa'
    grep -q '^token: ' "$root/root/caisse-1.txt" || die "terminal add printed no token"

    log "setup (1), step 5: start the service"
    start_service
    as_root 'curl -fsS http://127.0.0.1:8080/healthz'
    echo
    grep -qx 'ligdicash/api_key = <set> (COMPTOIR_LIGDICASH_API_KEY)' \
        <(as_root 'set -a; . /etc/comptoir/secrets.env; runuser -u comptoir -- comptoir-server --config /etc/comptoir/server.ini config') \
        || die "the keys in secrets.env are not taken"
    if grep -q 'test-api-key\|test-auth-token' "$root/var/log/comptoir-server.log"; then
        die "a LigdiCash key reached the server's log"
    fi

    log "setup (1), step 6: the till"
    as_root 'adduser --quiet --disabled-password --gecos "" caisse'
    as_root 'sed -n "s/^token: //p" /root/caisse-1.txt >/home/caisse/terminal-token
chown caisse:caisse /home/caisse/terminal-token
chmod 600 /home/caisse/terminal-token'
    version=$(as_root 'runuser -u caisse -- comptoir --version')
    [ "$version" = "comptoir $PROJECT_VERSION" ] || die "comptoir --version says '$version'"
    log "$version"
    # Offscreen: the app must load its Qt plugins, read the token, reach the server and stay up
    # (timeout's 124) rather than fail or crash.
    app_status=0
    as_root 'runuser -u caisse -- env QT_QPA_PLATFORM=offscreen \
        timeout 15 comptoir --server http://127.0.0.1:8080 --token-file /home/caisse/terminal-token' \
        >"$root/var/log/comptoir-app.log" 2>&1 || app_status=$?
    cat "$root/var/log/comptoir-app.log"
    [ $app_status -eq 124 ] || die "the app exited with $app_status instead of running"
    metrics=$(as_root 'curl -fsS http://127.0.0.1:8080/metrics')
    echo "$metrics" | grep -E '^comptoir_http_requests_total\{method="GET",route="/api/v1/(users|products)[^"]*",status="200"\}' \
        || die "the app never got an answer from the server with its terminal token"

    log "a LigdiCash sale as the till makes it, paid at the (sandbox) LigdiCash, confirmed without callbacks"
    json_field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
    terminal=$(sed -n 's/^token: //p' "$root/root/caisse-1.txt")
    api=(chroot "$root" curl -fsS -H "Authorization: Bearer $terminal" -H 'Content-Type: application/json')
    session=$("${api[@]}" -d '{"user":"Awa","pin":"1234"}' http://127.0.0.1:8080/api/v1/sessions | json_field token)
    [ -n "$session" ] || die "Awa could not log in"
    order=$(cat /proc/sys/kernel/random/uuid)
    "${api[@]}" -H "X-Comptoir-Session: $session" -d '{"id":"'"$order"'","lines":[{"product_id":"sku-1","name":"Savon","quantity":2,"unit_price":2500,"line_total":5000}],"total":5000,"currency":"XOF","method":"ligdicash"}' \
        http://127.0.0.1:8080/api/v1/orders >/dev/null || die "the order was refused"
    payment_url=$("${api[@]}" -H "X-Comptoir-Session: $session" -d '{}' \
        "http://127.0.0.1:8080/api/v1/orders/$order/payment" | json_field payment_url)
    invoice=${payment_url##*/}
    [ -n "$invoice" ] || die "no payment URL for the order"
    chroot "$root" curl -fsS -H 'X-Sandbox-Key: test-control-key' -X POST \
        -d '{"operator":"12","customer":"22670123456"}' \
        "http://127.0.0.1:8089/_sandbox/invoices/$invoice/pay" >/dev/null || die "the sandbox did not take the payment"
    status=
    for _ in $(seq 1 30); do
        status=$("${api[@]}" "http://127.0.0.1:8080/api/v1/orders/$order?wait=2" | json_field status)
        [ "$status" = paid ] && break
    done
    [ "$status" = paid ] || die "the order is '$status', not paid"
    callbacks=$(as_root 'curl -fsS http://127.0.0.1:8080/metrics' \
        | awk '/^comptoir_callbacks_received_total/ { n += $NF } END { print n + 0 }')
    [ "$callbacks" = 0 ] || die "$callbacks callbacks arrived; this setup has none"
    log "order $order paid, confirmed by the server itself (no callback)"

    log "setup (1), backups: an online backup, then a restore"
    as_root 'runuser -u comptoir -- sqlite3 /var/lib/comptoir/comptoir-server.sqlite ".backup /var/lib/comptoir/backup.sqlite"
sqlite3 /var/lib/comptoir/backup.sqlite "PRAGMA integrity_check"'
    [ "$(as_root 'sqlite3 /var/lib/comptoir/backup.sqlite "SELECT count(*) FROM terminals"')" = 1 ] \
        || die "the backup lacks the terminal"
    as_root 'runuser -u comptoir -- comptoir-server --config /etc/comptoir/server.ini terminal add "Caisse 2" >/dev/null'
    stop_service
    as_root 'rm -f /var/lib/comptoir/comptoir-server.sqlite-wal /var/lib/comptoir/comptoir-server.sqlite-shm
runuser -u comptoir -- cp /var/lib/comptoir/backup.sqlite /var/lib/comptoir/comptoir-server.sqlite'
    start_service
    terminals=$(as_root 'runuser -u comptoir -- comptoir-server --config /etc/comptoir/server.ini terminal list')
    echo "$terminals"
    echo "$terminals" | grep -q 'Caisse 1' || die "the restore lost Caisse 1"
    ! echo "$terminals" | grep -q 'Caisse 2' || die "the restore did not go back to the backup"
    as_root 'curl -fsS http://127.0.0.1:8080/healthz'
    echo
    stop_service
    exit 0
fi

# ---------------------------------------------------------------------------------------------
# Outer part: packages, validators, the clean root, install, inner part, removal.
# ---------------------------------------------------------------------------------------------
cd "$(dirname "$0")/.."
build=${1:-build}
started=$(date +%s)
[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, chroot, mounts)"
for tool in debootstrap chroot unshare setpriv dpkg-deb; do
    command -v "$tool" >/dev/null || die "$tool is missing (scripts/install-deps.sh)"
done
app_deb=$(ls -t "$build"/packages/comptoir_*.deb 2>/dev/null | head -n 1 || true)
server_deb=$(ls -t "$build"/packages/comptoir-server_*.deb 2>/dev/null | head -n 1 || true)
[ -n "$app_deb" ] && [ -n "$server_deb" ] || die "no packages in $build/packages (make package)"
package_version=$(dpkg-deb -f "$app_deb" Version)
export PROJECT_VERSION=${package_version%%~*}
log "testing $(basename "$app_deb") and $(basename "$server_deb")"

log "validators (ctest -L packaging)"
ctest --test-dir "$build" -L packaging --output-on-failure

cache=${COMPTOIR_PACKAGE_TEST_CACHE:-/var/cache/comptoir-package-test}
mirror=${COMPTOIR_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${COMPTOIR_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
base=$cache/bookworm-minbase.tar
mkdir -p "$cache/archives/partial"
if [ ! -f "$base" ]; then
    log "creating the Debian 12 base once (debootstrap --variant=minbase, cached in $base)"
    fresh=$(mktemp -d /var/tmp/comptoir-debootstrap.XXXXXX)
    chmod 0755 "$fresh" # it becomes the root's /, which everyone must be able to enter
    debootstrap --variant=minbase bookworm "$fresh" "$mirror" >"$cache/debootstrap.log" 2>&1 \
        || { tail -n 20 "$cache/debootstrap.log"; rm -rf --one-file-system "$fresh"; die "debootstrap failed"; }
    tar -C "$fresh" -cf "$base.part" . && mv "$base.part" "$base"
    rm -rf --one-file-system "$fresh"
fi

# The root lives in memory (about 700 MB): installing is faster and removing it is instant, where
# deleting it from this disk took a minute.
root=$(mktemp -d /var/tmp/comptoir-package-test.XXXXXX)
cleanup() {
    umount "$root/var/cache/apt/archives" 2>/dev/null || true
    umount "$root/proc" 2>/dev/null || true
    umount "$root" 2>/dev/null || true
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
mount -t tmpfs -o size=3g,mode=0755 comptoir-package-test "$root"
tar -C "$root" -xf "$base"
chmod 0755 "$root"
mount -t proc proc "$root/proc"
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
EOF
# Keep the downloaded .debs for the next run; a throwaway root needs no fsync.
echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' >"$root/etc/apt/apt.conf.d/01keep"
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/unsafe-io"
cp "$app_deb" "$server_deb" "$root/root/"

as_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
                LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive sh -ec "$1"; }

log "apt-get update in the clean root"
as_root 'apt-get update -q' >/dev/null

log "setup (1), step 1: install the packages"
installed_at=$(date +%s)
as_root 'cd /root && apt-get install -y -q ./comptoir_*.deb ./comptoir-server_*.deb sqlite3 curl' \
    >"$root/var/log/install.log" 2>&1 || { tail -n 40 "$root/var/log/install.log"; die "apt-get install failed"; }
log "installed in $(($(date +%s) - installed_at)) s"

log "setup (1), step 2: the service user and its private settings"
[ "$(as_root 'stat -c "%U %a" /etc/comptoir/server.ini')" = "comptoir 600" ] \
    || die "/etc/comptoir/server.ini is not private to comptoir"
as_root 'getent passwd comptoir' >/dev/null || die "no comptoir user"
[ "$(as_root 'stat -c "%U %a" /var/lib/comptoir')" = "comptoir 750" ] \
    || die "/var/lib/comptoir is not comptoir's"

unshare --net -- bash "$0" --inner "$root"

log "removal: apt-get purge"
as_root 'apt-get purge -y -q comptoir comptoir-server' >"$root/var/log/purge.log" 2>&1 \
    || { cat "$root/var/log/purge.log"; die "purge failed"; }
for path in /usr/bin/comptoir /usr/bin/comptoir-server /usr/bin/ligdicash-sandbox \
            /etc/comptoir/server.ini /lib/systemd/system/comptoir-server.service \
            /usr/share/applications/africa.comptoir.Comptoir.desktop; do
    [ ! -e "$root$path" ] || die "$path is still there after purge"
done
if as_root 'dpkg-query -W -f="\${Status}\n" comptoir comptoir-server 2>/dev/null' | grep -q installed; then
    die "dpkg still lists the packages"
fi
# The shop's data outlives the package on purpose (see docs/deployment.md, "Removing").
[ -f "$root/var/lib/comptoir/comptoir-server.sqlite" ] || die "purge deleted the shop's database"

log "OK in $(($(date +%s) - started)) s"
