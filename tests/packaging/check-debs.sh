#!/bin/sh
# The built Debian packages: lintian finds no error, and each package holds what it promises
# (files, conffile, computed dependencies). Skips when the packages are not built (make package).
# Usage: check-debs.sh PACKAGES_DIR
set -eu
dir=$1
app=$(ls -t "$dir"/comptoir_*.deb 2>/dev/null | head -n 1 || true)
server=$(ls -t "$dir"/comptoir-server_*.deb 2>/dev/null | head -n 1 || true)
if [ -z "$app" ] || [ -z "$server" ]; then
    echo "SKIP: no packages in $dir (run make package)"
    exit 77
fi
command -v dpkg-deb >/dev/null 2>&1 || { echo "SKIP: no dpkg-deb"; exit 77; }
status=0
fail() { echo "FAIL: $*"; status=1; }

contains() { # contains DEB PATH...
    deb=$1; shift
    listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
    for path in "$@"; do
        echo "$listing" | grep -qx "\./$path" || fail "$(basename "$deb") lacks /$path"
    done
}
contains "$app" usr/bin/comptoir usr/share/applications/africa.comptoir.Comptoir.desktop \
    usr/share/metainfo/africa.comptoir.Comptoir.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/africa.comptoir.Comptoir.svg \
    usr/share/icons/hicolor/48x48/apps/africa.comptoir.Comptoir.png \
    usr/share/doc/comptoir/copyright usr/share/doc/comptoir/changelog.gz
contains "$server" usr/bin/comptoir-server usr/bin/ligdicash-sandbox \
    lib/systemd/system/comptoir-server.service lib/systemd/system/comptoir-server@.service \
    etc/comptoir/server.ini \
    usr/share/doc/comptoir-server/copyright usr/share/doc/comptoir-server/changelog.gz

depends() { # depends DEB PACKAGE...
    field=$(dpkg-deb -f "$1" Depends)
    shift
    for package in "$@"; do
        echo "$field" | grep -q "\(^\|, \)$package\( \|,\|$\)" || fail "Depends lacks $package: $field"
    done
}
depends "$app" libqt6widgets6 libqt6sql6-sqlite libqt6svg6
depends "$server" libqt6httpserver6 libsodium23 libqt6sql6-sqlite adduser

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Every Qt library a program links (libQt6Charts.so.6 once the reports draw charts) comes from
# its Debian package (libqt6charts6): the computed dependencies follow the code.
qt_depends() { # qt_depends DEB PROGRAM_PATH
    command -v readelf >/dev/null 2>&1 || return 0
    dpkg-deb --fsys-tarfile "$1" | tar -xO "./$2" >"$tmp/program"
    libraries=$(readelf -d "$tmp/program" | sed -n 's/.*Shared library: \[libQt6\([A-Za-z]*\)\.so\.6\]/\1/p')
    [ -n "$libraries" ] || fail "$2 links no Qt library?"
    for library in $libraries; do
        depends "$1" "libqt6$(printf '%s' "$library" | tr 'A-Z' 'a-z')6"
    done
}
qt_depends "$app" usr/bin/comptoir
qt_depends "$server" usr/bin/comptoir-server
dpkg-deb -e "$server" "$tmp/control"
grep -qx /etc/comptoir/server.ini "$tmp/control/conffiles" || fail "server.ini is not a conffile"
for script in postinst prerm postrm; do
    [ -x "$tmp/control/$script" ] || fail "comptoir-server has no executable $script"
done
# No secret ever ships: the LigdiCash keys are commented out and empty.
dpkg-deb --fsys-tarfile "$server" | tar -xO ./etc/comptoir/server.ini >"$tmp/server.ini"
if grep -Eq '^[[:space:]]*(api_key|auth_token)[[:space:]]*=' "$tmp/server.ini"; then
    fail "server.ini sets a LigdiCash key"
fi

if command -v lintian >/dev/null 2>&1; then
    # Errors fail; warnings are printed for the record.
    lintian --no-tag-display-limit "$app" "$server" >"$tmp/lintian" 2>&1 || true
    cat "$tmp/lintian"
    if grep -q '^E: ' "$tmp/lintian"; then
        fail "lintian reports errors"
    fi
else
    echo "lintian is not installed: skipped its part (scripts/install-deps.sh)"
fi
[ $status -eq 0 ] && echo "OK: $(basename "$app") $(basename "$server")"
exit $status
