#!/usr/bin/env bash
# package-test: the Debian packages, installed into a clean Debian 12 root and used exactly as
# docs/deployment.md says, its commands word for word:
#   setup (1), one counter PC, app + server, no public URL: install, keys, terminal and people,
#     the service started as systemd would start it, the programs' versions, the app offscreen
#     against the server, a sale confirmed without callbacks, a SQLite backup and its restore;
#   setup (2), the shop's LAN: the server on 192.168.1.10, two tills with their own tokens;
#   setup (3), the cloud: PostgreSQL, comptoir-server@8081 and @8082, nginx terminating TLS for
#     pos.example.bf (self-signed), a LigdiCash callback through nginx to one process while the
#     long-poll on the other sees "paid", a pg_dump and its restore;
# then removal and purge.
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
# "Start the service" on, then setups (2) and (3). Arguments: --inner ROOT
# ---------------------------------------------------------------------------------------------
if [ "${1:-}" = "--inner" ]; then
    root=$2
    ip link set lo up
    declare -A server_pids=()
    sandbox_pid= postgres_started= nginx_started=

    # Runs a shell snippet in the root as the root user, the way an operator types it; as_root_script
    # reads the snippet from standard input (for the guide's here-documents).
    as_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
                    LANG=C.UTF-8 TERM=dumb sh -ec "$1"; }
    as_root_script() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
                           HOME=/root LANG=C.UTF-8 TERM=dumb sh -es; }

    # What `systemctl start comptoir-server` (or comptoir-server@INSTANCE) does, read from the
    # installed unit: the state directory, EnvironmentFile= (read as root), Environment=, UMask,
    # then ExecStart as User=. Argument: [INSTANCE]
    start_service() {
        local instance=${1:-}
        local unit=$root/lib/systemd/system/comptoir-server${instance:+@}.service
        local logfile=$root/var/log/comptoir-server${instance:+@$instance}.log
        local user exec_start state environment files
        user=$(sed -n 's/^User=//p' "$unit")
        exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
        exec_start=${exec_start//%i/$instance}
        state=$(sed -n 's/^StateDirectory=//p' "$unit")
        environment=$(sed -n 's/^Environment=//p' "$unit" | tr '\n' ' ')
        files=$(sed -n 's/^EnvironmentFile=-\{0,1\}//p' "$unit" | tr '\n' ' ')
        as_root "install -d -o $user -g $user -m 0750 /var/lib/$state"
        : >"$logfile"
        chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 sh -c "
            set -a; for f in $files; do [ -f \"\$f\" ] && . \"\$f\"; done; set +a
            umask 0077
            exec setpriv --reuid=$user --regid=$user --init-groups --no-new-privs \
                env HOME=/var/lib/$state $environment $exec_start" \
            >>"$logfile" 2>&1 &
        server_pids[${instance:-main}]=$!
        for _ in $(seq 1 100); do
            grep -q '^comptoir-server listening on ' "$logfile" && return 0
            kill -0 "${server_pids[${instance:-main}]}" 2>/dev/null || break
            sleep 0.2
        done
        cat "$logfile"
        die "the service ${instance:+@$instance }did not start"
    }
    stop_service() { # systemctl stop: SIGTERM, then it must exit by itself. Argument: [INSTANCE]
        local key=${1:-main}
        kill -TERM "${server_pids[$key]}"
        wait "${server_pids[$key]}" || die "the server ($key) exited with $? on SIGTERM"
        unset "server_pids[$key]"
    }
    cleanup_inner() {
        local pid
        for pid in "${server_pids[@]}" $sandbox_pid; do kill "$pid" 2>/dev/null; done
        [ -n "$nginx_started" ] && chroot "$root" nginx -s stop 2>/dev/null
        [ -n "$postgres_started" ] && chroot "$root" sh -c 'pg_ctlcluster $(ls /etc/postgresql) main stop' 2>/dev/null
        wait 2>/dev/null
        true
    }
    trap cleanup_inner EXIT

    # A stand-in for LigdiCash (no network to the real one here): the sandbox from the package,
    # with known merchant keys. Argument: its callback mode (none: no public URL to call back).
    start_sandbox() {
        [ -n "$sandbox_pid" ] && { kill "$sandbox_pid"; wait "$sandbox_pid" 2>/dev/null || true; }
        chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin setpriv --reuid=nobody --regid=nogroup \
            --clear-groups ligdicash-sandbox --port 8089 --api-key test-api-key \
            --auth-token test-auth-token --control-key test-control-key --callbacks "$1" \
            >>"$root/var/log/ligdicash-sandbox.log" 2>&1 &
        sandbox_pid=$!
    }

    # A LigdiCash sale as a till makes it: Awa logs in with the till's terminal token, an order of
    # 5000 F, its invoice. Prints the order id and the invoice token. Arguments: TOKEN SERVER_URL
    json_field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
    start_sale() {
        local token=$1 url=$2 session order payment_url
        local api=(chroot "$root" curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json')
        session=$("${api[@]}" -d '{"user":"Awa","pin":"1234"}' "$url/api/v1/sessions" | json_field token)
        [ -n "$session" ] || die "Awa could not log in at $url"
        order=$(cat /proc/sys/kernel/random/uuid)
        "${api[@]}" -H "X-Comptoir-Session: $session" -d '{"id":"'"$order"'","lines":[{"product_id":"sku-1","name":"Savon","quantity":2,"unit_price":2500,"line_total":5000}],"total":5000,"currency":"XOF","method":"ligdicash"}' \
            "$url/api/v1/orders" >/dev/null || die "the order was refused at $url"
        payment_url=$("${api[@]}" -H "X-Comptoir-Session: $session" -d '{}' \
            "$url/api/v1/orders/$order/payment" | json_field payment_url)
        [ -n "${payment_url##*/}" ] || die "no payment URL for the order at $url"
        echo "$order ${payment_url##*/}"
    }
    pay_at_ligdicash() { # the customer pays the invoice. Argument: INVOICE
        chroot "$root" curl -fsS -H 'X-Sandbox-Key: test-control-key' -X POST \
            -d '{"operator":"12","customer":"22670123456"}' \
            "http://127.0.0.1:8089/_sandbox/invoices/$1/pay" >/dev/null || die "the sandbox did not take the payment"
    }
    wait_paid() { # the till's status long-poll until paid. Arguments: TOKEN SERVER_URL ORDER
        local status=
        for _ in $(seq 1 30); do
            status=$(chroot "$root" curl -fsS -H "Authorization: Bearer $1" "$2/api/v1/orders/$3?wait=2" | json_field status)
            [ "$status" = paid ] && return 0
        done
        die "the order $3 is '$status', not paid"
    }
    metric_sum() { # metric_sum SERVER_URL NAME_REGEX: the sum of the series' values
        chroot "$root" curl -fsS "$1/metrics" | awk -v re="^$2" '$0 ~ re { n += $NF } END { print n + 0 }'
    }

    start_sandbox none

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
    [ "$version" = "comptoir $PROGRAM_VERSION" ] || die "comptoir --version says '$version'"
    log "$version"
    version=$(as_root 'comptoir-server --version')
    [ "$version" = "comptoir-server $PROGRAM_VERSION" ] || die "comptoir-server --version says '$version'"
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
    terminal=$(sed -n 's/^token: //p' "$root/root/caisse-1.txt")
    read -r order invoice < <(start_sale "$terminal" http://127.0.0.1:8080)
    pay_at_ligdicash "$invoice"
    wait_paid "$terminal" http://127.0.0.1:8080 "$order"
    callbacks=$(metric_sum http://127.0.0.1:8080 comptoir_callbacks_received_total)
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

    # -----------------------------------------------------------------------------------------
    log "setup (2), step 1: the server on the shop's network (192.168.1.10)"
    # The server PC's LAN address, on an interface of this private network namespace.
    if ip link add lan0 type dummy 2>/dev/null; then
        ip addr add 192.168.1.10/24 dev lan0 && ip link set lan0 up
    else
        ip addr add 192.168.1.10/24 dev lo
    fi
    if as_root 'curl -sS --max-time 2 http://192.168.1.10:8080/healthz' >/dev/null 2>&1; then
        die "setup 1's server answers on the LAN address; it must listen on loopback only"
    fi
    stop_service
    as_root 'sed -i "s/^listen = 127.0.0.1:8080$/listen = 0.0.0.0:8080/" /etc/comptoir/server.ini'
    start_service
    as_root 'curl -fsS http://192.168.1.10:8080/healthz'
    echo

    log "setup (2), step 2: a terminal per till"
    as_root 'runuser -u comptoir -- comptoir-server --config /etc/comptoir/server.ini terminal add "Caisse 2" | tee /root/caisse-2.txt'
    terminal2=$(sed -n 's/^token: //p' "$root/root/caisse-2.txt")
    [ -n "$terminal2" ] && [ "$terminal2" != "$terminal" ] || die "Caisse 2 has no token of its own"

    log "setup (2), step 3: two tills on the LAN at once, each with its token"
    as_root 'adduser --quiet --disabled-password --gecos "" caisse2
sed -n "s/^token: //p" /root/caisse-2.txt >/home/caisse2/terminal-token
chown caisse2:caisse2 /home/caisse2/terminal-token
chmod 600 /home/caisse2/terminal-token'
    answered_before=$(metric_sum http://192.168.1.10:8080 'comptoir_http_requests_total\{method="GET",route="/api/v1/(users|products)[^"]*",status="200"\}')
    app_pids=()
    for till in caisse caisse2; do
        as_root "runuser -u $till -- env QT_QPA_PLATFORM=offscreen \
            timeout 10 comptoir --server http://192.168.1.10:8080 --token-file /home/$till/terminal-token" \
            >"$root/var/log/comptoir-app-$till.log" 2>&1 &
        app_pids+=($!)
    done
    read -r order1 invoice1 < <(start_sale "$terminal" http://192.168.1.10:8080)
    read -r order2 invoice2 < <(start_sale "$terminal2" http://192.168.1.10:8080)
    pay_at_ligdicash "$invoice1"
    pay_at_ligdicash "$invoice2"
    wait_paid "$terminal" http://192.168.1.10:8080 "$order1"
    wait_paid "$terminal2" http://192.168.1.10:8080 "$order2"
    for pid in "${app_pids[@]}"; do
        app_status=0
        wait "$pid" || app_status=$?
        [ $app_status -eq 124 ] || { cat "$root"/var/log/comptoir-app-caisse*.log; die "a till's app exited with $app_status"; }
    done
    answered=$(( $(metric_sum http://192.168.1.10:8080 'comptoir_http_requests_total\{method="GET",route="/api/v1/(users|products)[^"]*",status="200"\}') - answered_before ))
    [ "$answered" -ge 2 ] || die "the two tills' apps got $answered answers"
    [ "$(metric_sum http://192.168.1.10:8080 'comptoir_http_requests_total\{[^}]*status="401"')" = 0 ] \
        || die "a till's token was refused"
    log "two tills on 192.168.1.10: both apps up, orders $order1 and $order2 paid"

    # -----------------------------------------------------------------------------------------
    log "setup (3), step 1: PostgreSQL (installed with the packages: no network here)"
    # No systemd here: start the cluster the package created (/dev/shm as on a booted system).
    chmod 1777 "$root/dev/shm"
    chroot "$root" sh -c 'pg_ctlcluster $(ls /etc/postgresql) main start' || die "PostgreSQL did not start"
    postgres_started=1
    # createuser asks for the password twice; setsid: it reads it from standard input, as no
    # terminal is there to type on. The test's password is the guide's placeholder.
    as_root 'printf "PASSWORD\nPASSWORD\n" | setsid -w runuser -u postgres -- createuser --pwprompt comptoir' >/dev/null
    as_root 'runuser -u postgres -- createdb --owner comptoir comptoir'

    log "setup (3), step 2: the server's settings: public URL, PostgreSQL"
    stop_service
    as_root_script <<'SCRIPT'
cat >/etc/comptoir/server.ini <<'EOF'
[server]
listen = 127.0.0.1:8080
public_url = https://pos.example.bf
store_name = Boutique Awa

[database]
url = postgresql://comptoir:PASSWORD@127.0.0.1:5432/comptoir
EOF
SCRIPT
    [ "$(as_root 'stat -c "%U %a" /etc/comptoir/server.ini')" = "comptoir 600" ] \
        || die "server.ini is no longer private to comptoir"
    as_root '
runuser -u comptoir -- comptoir-server --config /etc/comptoir/server.ini terminal add "Caisse 1" | tee /root/caisse-1.txt
echo 9999 | runuser -u comptoir -- comptoir-server --config /etc/comptoir/server.ini user add --role manager Fati
echo 1234 | runuser -u comptoir -- comptoir-server --config /etc/comptoir/server.ini user add --role cashier Awa'
    terminal=$(sed -n 's/^token: //p' "$root/root/caisse-1.txt")
    [ "$(as_root 'runuser -u postgres -- psql -tAc "SELECT count(*) FROM terminals" comptoir')" = 1 ] \
        || die "the terminal did not land in PostgreSQL"

    log "setup (3), step 3: two processes, comptoir-server@8081 and @8082"
    start_service 8081
    start_service 8082
    as_root 'curl -fsS http://127.0.0.1:8081/healthz && curl -fsS http://127.0.0.1:8082/healthz'
    echo

    log "setup (3), step 4: nginx terminating TLS for pos.example.bf"
    # What DNS and certbot would give: the name on this machine, and a self-signed certificate
    # where certbot puts its own, trusted by this machine (LigdiCash trusts the real one).
    echo '127.0.0.1 pos.example.bf' >>"$root/etc/hosts"
    as_root 'mkdir -p /etc/letsencrypt/live/pos.example.bf
cd /etc/letsencrypt/live/pos.example.bf
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=pos.example.bf \
    -addext subjectAltName=DNS:pos.example.bf -keyout privkey.pem -out fullchain.pem 2>/dev/null
cp fullchain.pem /usr/local/share/ca-certificates/pos.example.bf.crt
update-ca-certificates >/dev/null 2>&1'
    as_root_script <<'SCRIPT'
cat >/etc/nginx/sites-available/comptoir <<'EOF'
upstream comptoir {
    server 127.0.0.1:8081;
    server 127.0.0.1:8082;
}
server {
    listen 443 ssl;
    server_name pos.example.bf;
    ssl_certificate /etc/letsencrypt/live/pos.example.bf/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/pos.example.bf/privkey.pem;
    client_max_body_size 64k;

    location = /api/v1/ligdicash/callback {
        proxy_pass http://comptoir;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto https;
    }
    location ~ ^/pay/(return|cancel)$ {
        proxy_pass http://comptoir;
    }
    location / {
        return 404;
    }
}
EOF
ln -s /etc/nginx/sites-available/comptoir /etc/nginx/sites-enabled/comptoir
nginx -t
SCRIPT
    as_root nginx # systemctl reload nginx, without systemd
    nginx_started=1

    log "setup (3), step 5: check from outside"
    callback_answer=$(as_root 'curl -sS -i https://pos.example.bf/api/v1/ligdicash/callback')
    echo "$callback_answer" | head -n 1
    echo "$callback_answer" | head -n 1 | grep -q ' 4[0-9][0-9]' || die "the published callback does not answer 4xx to a GET"
    echo "$callback_answer" | grep -q '"error"' || die "the callback's answer is not Comptoir's JSON error"
    [ "$(as_root 'curl -sS -o /dev/null -w "%{http_code}\n" https://pos.example.bf/metrics')" = 404 ] \
        || die "/metrics is published"

    log "a callback through nginx reaches one process; the till's long-poll on the other sees paid"
    start_sandbox json # one callback per payment, to https://pos.example.bf
    for _ in $(seq 1 50); do
        chroot "$root" curl -fsS -o /dev/null -H 'X-Sandbox-Key: test-control-key' \
            http://127.0.0.1:8089/_sandbox/info 2>/dev/null && break
        sleep 0.1
    done
    read -r order invoice < <(start_sale "$terminal" http://127.0.0.1:8081)
    created_at=$(date +%s%N)
    poll_pids=()
    for port in 8081 8082; do
        chroot "$root" curl -fsS -H "Authorization: Bearer $terminal" \
            "http://127.0.0.1:$port/api/v1/orders/$order?wait=25" >"$root/tmp/poll-$port.json" &
        poll_pids+=($!)
    done
    pay_at_ligdicash "$invoice"
    for pid in "${poll_pids[@]}"; do wait "$pid" || die "a long-poll failed"; done
    elapsed_ms=$((($(date +%s%N) - created_at) / 1000000))
    for port in 8081 8082; do
        [ "$(json_field status <"$root/tmp/poll-$port.json")" = paid ] \
            || die "the long-poll on $port answered $(cat "$root/tmp/poll-$port.json")"
    done
    callbacks_8081=$(metric_sum http://127.0.0.1:8081 comptoir_callbacks_received_total)
    callbacks_8082=$(metric_sum http://127.0.0.1:8082 comptoir_callbacks_received_total)
    log "callbacks: $callbacks_8081 on 8081, $callbacks_8082 on 8082; both long-polls saw paid after $elapsed_ms ms"
    [ $((callbacks_8081 + callbacks_8082)) -ge 1 ] || die "no callback came through nginx"
    [ "$callbacks_8081" = 0 ] || [ "$callbacks_8082" = 0 ] || die "both processes got a callback"
    # The sweeper's first confirm comes 5 s after the invoice: sooner, the process without the
    # callback learnt of the payment from the other one (LISTEN/NOTIFY).
    [ "$elapsed_ms" -lt 4500 ] || die "paid was seen after $elapsed_ms ms: not through LISTEN/NOTIFY"

    log "setup (3), backups: pg_dump, then a restore"
    as_root 'runuser -u postgres -- pg_dump --format=custom comptoir >/var/backups/comptoir-$(date +%F).dump
chmod 600 /var/backups/comptoir-$(date +%F).dump'
    as_root 'runuser -u comptoir -- comptoir-server --config /etc/comptoir/server.ini terminal add "Caisse 2" >/dev/null'
    stop_service 8081
    stop_service 8082
    as_root 'runuser -u postgres -- dropdb comptoir && runuser -u postgres -- createdb --owner comptoir comptoir
runuser -u postgres -- pg_restore --dbname=comptoir --no-owner --role=comptoir </var/backups/comptoir-$(date +%F).dump'
    start_service 8081
    start_service 8082
    terminals=$(as_root 'runuser -u comptoir -- comptoir-server --config /etc/comptoir/server.ini terminal list')
    echo "$terminals" | grep -q 'Caisse 1' || die "the restore lost Caisse 1"
    ! echo "$terminals" | grep -q 'Caisse 2' || die "the restore did not go back to the dump"
    [ "$(as_root "runuser -u postgres -- psql -tAc \"SELECT status FROM orders WHERE id = '$order'\" comptoir")" = paid ] \
        || die "the restored database lacks the paid order"
    as_root 'curl -fsS http://127.0.0.1:8081/healthz && curl -fsS http://127.0.0.1:8082/healthz'
    echo
    stop_service 8081
    stop_service 8082
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
# The programs print the build's version (cmake/ComptoirVersion.cmake): the package's, with '-'
# where Debian needs '~' to sort dev builds before the release.
export PROGRAM_VERSION=${package_version/\~dev./-dev.}
log "testing $(basename "$app_deb") and $(basename "$server_deb")"

# The Windows checks do not depend on the packages, and make test has run them.
log "validators (ctest -L packaging, Windows apart)"
ctest --test-dir "$build" -L packaging -E '^packaging_windows_' --output-on-failure

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
# Setup (3)'s own packages, installed now: the inner part has no network. No service starts in a
# chroot (policy-rc.d); the inner part starts PostgreSQL and nginx itself.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
installed_at=$(date +%s)
as_root 'apt-get install -y -q postgresql nginx-light' >>"$root/var/log/install.log" 2>&1 \
    || { tail -n 40 "$root/var/log/install.log"; die "apt-get install postgresql nginx-light failed"; }
log "setup (3)'s PostgreSQL and nginx installed in $(($(date +%s) - installed_at)) s"

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
