#!/usr/bin/env bash
# stage_and_check.sh BUILD_DIR STAGE CHECKER: installs the `desktop` component of BUILD_DIR under
# STAGE (as the package lays it out, prefix /usr) and runs CHECKER on it.
set -euo pipefail
build=$1 stage=$2 checker=$3
rm -rf "$stage"
DESTDIR="$stage" cmake --install "$build" --component desktop --prefix /usr >/dev/null
"$checker" "$stage"
