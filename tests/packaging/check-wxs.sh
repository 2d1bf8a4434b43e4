#!/bin/sh
# The WiX sources (the CPack patch that registers the service) are well-formed XML and inject
# into the component that holds comptoir-server.exe. WiX itself does not exist on Debian.
# Usage: check-wxs.sh PACKAGING_WINDOWS_DIR
set -eu
dir=$1
command -v xmllint >/dev/null 2>&1 || { echo "SKIP: xmllint is not installed"; exit 77; }
status=0
for file in "$dir"/*.xml "$dir"/*.wxs; do
    [ -e "$file" ] || continue
    xmllint --noout "$file" || status=1
done
patch=$dir/service-patch.xml
[ "$(xmllint --xpath 'string(/CPackWiXPatch/CPackWiXFragment/@Id)' "$patch")" = \
  "CM_CP_server.bin.comptoir_server.exe" ] || { echo "FAIL: the patch targets another component"; status=1; }
[ "$(xmllint --xpath 'string(//ServiceInstall/@Name)' "$patch")" = "ComptoirServer" ] \
    || { echo "FAIL: no ComptoirServer service"; status=1; }
[ "$(xmllint --xpath 'string(//ServiceControl/@Remove)' "$patch")" = "uninstall" ] \
    || { echo "FAIL: the service is not removed on uninstall"; status=1; }
# The service runs comptoir-server's Windows service mode (server/src/WindowsService.h) on the
# settings under ProgramData, at boot.
[ "$(xmllint --xpath 'string(//ServiceInstall/@Arguments)' "$patch")" = \
  '--config "[CommonAppDataFolder]Comptoir\server.ini" service' ] \
    || { echo "FAIL: the service does not run 'comptoir-server --config ...ProgramData... service'"; status=1; }
[ "$(xmllint --xpath 'string(//ServiceInstall/@Start)' "$patch")" = "auto" ] \
    || { echo "FAIL: the service does not start at boot"; status=1; }
[ $status -eq 0 ] && echo "OK: WiX sources"
exit $status
