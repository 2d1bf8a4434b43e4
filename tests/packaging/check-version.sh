#!/bin/sh
# The build's version (cmake/ComptoirVersion.cmake): its rules on throwaway git repositories, then
# what the built programs print for --version, which must be the configured version exactly.
# Usage: check-version.sh VERSION_CMAKE CONFIGURED_VERSION PROGRAM...
set -eu
module=$1 configured=$2
shift 2
command -v git >/dev/null 2>&1 || { echo "SKIP: git is not installed"; exit 77; }
status=0
fail() { echo "FAIL: $*"; status=1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
version_of() { cmake -DSOURCE_DIR="$1" -DBASE_VERSION="$2" -P "$module"; }
expect() { # expect WHAT ACTUAL EXPECTED
    if [ "$2" = "$3" ]; then echo "ok: $1: $2"; else fail "$1: '$2', expected '$3'"; fi
}

mkdir "$tmp/tarball"
expect "no git (a source tarball)" "$(version_of "$tmp/tarball" 0.2.0)" 0.2.0

repo=$tmp/repo
git init -q "$repo"
commit() { git -C "$repo" -c user.name=t -c user.email=t@t commit -q --allow-empty -m "$1"; }
hash() { git -C "$repo" rev-parse --short=7 HEAD; }
commit one
commit two
commit three
expect "untagged, 3 commits" "$(version_of "$repo" 0.2.0)" "0.2.0-dev.3+g$(hash)"
git -C "$repo" tag v0.2.0
expect "the release tag" "$(version_of "$repo" 0.2.0)" 0.2.0
commit four
expect "a commit after the release" "$(version_of "$repo" 0.3.0)" "0.3.0-dev.1+g$(hash)"
git -C "$repo" tag v0.2.1
expect "a tag that is not this version" "$(version_of "$repo" 0.3.0)" "0.3.0-dev.0+g$(hash)"

case $configured in
    *-dev.*+g*) ;;
    *[!0-9.]*) fail "configured version '$configured' is neither a release nor a dev build" ;;
esac
for program in "$@"; do
    name=$(basename "$program")
    printed=$(QT_QPA_PLATFORM=offscreen "$program" --version)
    expect "$name --version" "$printed" "$name $configured"
done
[ $status -eq 0 ] && echo "OK: versions"
exit $status
