#!/bin/sh
# The Windows-only server code compiles for Windows: server/src/WindowsService.cpp and main.cpp's
# service hook (Q_OS_WIN), syntax-checked by MinGW-w64 against windows.h and Qt's headers (which
# do not depend on the platform they were installed for), with the definitions and include
# folders comptoir-server builds with and its warnings as errors. MSVC builds them for real in
# .github/workflows/windows.yml; nothing here can run them.
# Usage: check-windows-service.sh SOURCE_DIR "DEFINITION|..." "INCLUDE_DIR|..."
set -eu
cxx=x86_64-w64-mingw32-g++-posix
command -v "$cxx" >/dev/null 2>&1 || { echo "SKIP: $cxx is not installed"; exit 77; }
source_dir=$1 definitions=$2 includes=$3
set -- -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Wshadow -Werror -DUNICODE -D_UNICODE
for definition in $(printf '%s' "$definitions" | tr '|' ' '); do
    set -- "$@" "-D$definition"
done
# Our headers with -I (their warnings count), Qt's as system headers, as CMake does.
for dir in $(printf '%s' "$includes" | tr '|' ' '); do
    case $dir in
        "$source_dir"/*) set -- "$@" -I "$dir" ;;
        *) set -- "$@" -isystem "$dir" ;;
    esac
done
status=0
for file in server/src/WindowsService.cpp server/src/main.cpp; do
    if "$cxx" "$@" "$source_dir/$file"; then
        echo "ok: $file compiles for Windows"
    else
        echo "FAIL: $file does not compile for Windows"
        status=1
    fi
done
exit $status
