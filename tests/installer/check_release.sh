#!/usr/bin/env bash
# check_release.sh CHANGELOG VERSION DATE: the changelog's latest entry is this version, released
# on this day (the manual pages and the AppStream release are filled in from the same two values).
set -euo pipefail
changelog=$1 version=$2 date=$3
logged_version=$(dpkg-parsechangelog -l "$changelog" -S Version)
logged_date=$(date -u -d "$(dpkg-parsechangelog -l "$changelog" -S Date)" +%F)
status=0
if [ "$logged_version" != "$version" ]; then
    echo "the changelog's latest entry is $logged_version, but the project is $version (CMakeLists.txt)" >&2
    status=1
fi
if [ "$logged_date" != "$date" ]; then
    echo "the changelog's latest entry is dated $logged_date, but KNOTWORK_RELEASE_DATE is $date" >&2
    status=1
fi
exit "$status"
