#!/usr/bin/env bash
# test_package.sh DEB SCREENSHOT: the package as a therapist meets it, on this machine, as root.
# Installs DEB with apt, checks what it put where, uses knotwork-cli from /usr/bin on a practice in
# a scratch home folder, opens the app from its menu entry under Xvfb (SCREENSHOT shows the
# window), then purges the package: nothing of it may be left in the system folders, and the
# practice, the report and the settings in the home folder must be exactly as they were.
set -euo pipefail
deb=$(realpath "${1:?usage: test_package.sh DEB SCREENSHOT}")
screenshot=$(realpath -m "${2:?usage: test_package.sh DEB SCREENSHOT}")
app_id=invalid.knotwork.Knotwork
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"  # knotwork_is_installed

say() { printf 'test_package: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
installed() { knotwork_is_installed knotwork; }

[ "$(id -u)" -eq 0 ] || fail "installing a package needs root"
if installed; then
    fail "knotwork is already installed here; this test installs and purges it, so it will not touch that one"
fi

work=$(mktemp -d)
cleanup() {
    pkill -x knotwork 2>/dev/null || true
    if installed; then apt-get purge -y -qq knotwork >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work/home"
unset XDG_DATA_HOME XDG_CONFIG_HOME
mkdir -p "$HOME"
version=$(dpkg-deb -f "$deb" Version)

# The package's own file list, taken before installing, and which of its folders exist already
# (/usr/bin, the hicolor theme…): those must still exist after the purge, the rest must not.
mapfile -t packaged < <(dpkg-deb -c "$deb" | awk '{print substr($6, 2)}' | sed 's|/$||' | grep -v '^$')
existing_dirs=()
for path in "${packaged[@]}"; do
    [ -d "$path" ] && existing_dirs+=("$path")
done
# What bears Knotwork's name outside the package before it is installed (the backports source
# scripts/lib.sh adds to install SQLCipher, say): the purge must leave that, and only that.
named_like_knotwork() {
    find /usr /etc /var/lib/dpkg /opt -xdev \( -iname '*knotwork*' -o -name "$app_id*" \) -print 2>/dev/null | sort
}
named_before=$(named_like_knotwork)

say "installing $deb with apt"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$work/apt-install.log" 2>&1 ||
    { cat "$work/apt-install.log" >&2; fail "apt could not install the package"; }
installed || fail "apt finished but dpkg does not list knotwork as installed"

say "checking what it installed"
for file in /usr/bin/knotwork /usr/bin/knotwork-cli; do
    [ -x "$file" ] || fail "$file is missing or not executable"
done
for file in /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/knotwork.svg; do
    [ -f "$file" ] || fail "$file is missing"
done
for size in 16 22 24 32 48 64 128 256 512; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/knotwork.png
    [ -f "$png" ] || fail "$png is missing"
    [ "$(identify -format '%wx%h' "$png")" = "${size}x${size}" ] || fail "$png is not ${size}x${size}"
done
# Documentation may be left out by a dpkg path-exclude, so it is looked for in the package.
for doc in usr/share/man/man1/knotwork.1.gz usr/share/man/man1/knotwork-cli.1.gz \
           usr/share/doc/knotwork/changelog.gz usr/share/doc/knotwork/copyright; do
    printf '%s\n' "${packaged[@]}" | grep -qx "/$doc" || fail "the package does not carry /$doc"
done
depends=$(dpkg-query -W -f='${Depends}' knotwork)
for needed in fonts-liberation2 libwxgtk3.2 libsoci-core libsoci-postgresql libpq5 libhpdf libdeflate libsimdjson libarchive libcurl4 libsecret-1-0; do
    grep -q "$needed" <<<"$depends" || fail "Depends does not name $needed: $depends"
done
# SQLCipher is linked in under SOCI's static SQLite backend: the programs hold one SQLite, and
# nothing comes from bookworm-backports.
for unwanted in libsqlite3 libsoci-sqlite3 libsqlcipher; do
    grep -q "$unwanted" <<<"$depends" && fail "Depends names $unwanted: $depends"
done
knotwork_is_installed fonts-liberation2 || fail "fonts-liberation2 was not installed with the package"

say "knotwork-cli from /usr/bin, on the default practice in $HOME"
cd "$work"
cli() { /usr/bin/knotwork-cli "$@"; }
[ "$(cli --version)" = "knotwork-cli $version" ] || fail "knotwork-cli --version says '$(cli --version)', not $version"
[ "$(/usr/bin/knotwork --version)" = "knotwork $version" ] || fail "knotwork --version disagrees with the package"
cli init >/dev/null
cli provider add --name "Dr Amara Okafor" --role physical_therapist >/dev/null
cli client add --family-name "Nguyễn" --given-names "Zoë" --referred-by 1 --diagnosis cervicogenic:1 >/dev/null
cli client consent 1 --share-with 1 --date "$(date +%F)" >/dev/null
cli --json client list --search zoe | grep -q '"Zoë"' || fail "the client added is not found by a search"
cli report intake --client 1 --recipient 1 --out "$HOME/intake.pdf" >/dev/null
[ "$(head -c 5 "$HOME/intake.pdf")" = "%PDF-" ] || fail "the intake summary is not a PDF"
cli report log --client 1 | grep -q "Okafor" || fail "the report is not in the disclosure log"
practice="$HOME/.local/share/knotwork/practice.sqlite"
[ -f "$practice" ] || fail "the default practice is not at $practice"
cli backup >/dev/null || fail "knotwork-cli backup failed"
backup=$(find "$HOME/.local/share/knotwork/backups/practice" -name 'practice-*.knotwork-backup')
[ -n "$backup" ] && [ "$(stat -c %a "$backup")" = 600 ] || fail "no private backup in the backup folder"
[ "$(sqlite3 "$backup" 'SELECT count(*) FROM clients;')" = 1 ] || fail "the backup does not hold the client"
cli export --out "$HOME/practice.zip" >/dev/null || fail "knotwork-cli export failed"
bsdtar -tf "$HOME/practice.zip" | grep -qx 'tables/clients.json' || fail "the export holds no clients table"

say "opening the app from its menu entry under Xvfb"
xvfb-run --auto-servernum --server-args='-screen 0 1280x800x24' \
    "$here/launch_from_menu.sh" "/usr/share/applications/$app_id.desktop" "$screenshot" ||
    fail "the app did not open properly from its menu entry (see above)"

say "purging the package"
find "$HOME" -type f -print0 | sort -z | xargs -0 sha256sum >"$work/home-before.sha256"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq knotwork >"$work/apt-purge.log" 2>&1 ||
    { cat "$work/apt-purge.log" >&2; fail "apt could not purge the package"; }
dpkg_state=$(dpkg-query -W -f='${db:Status-Status}' knotwork 2>/dev/null || true)
[ -z "$dpkg_state" ] || [ "$dpkg_state" = not-installed ] || fail "dpkg still lists knotwork ($dpkg_state)"

left=()
for path in "${packaged[@]}"; do
    [ -e "$path" ] || [ -L "$path" ] || continue
    printf '%s\n' "${existing_dirs[@]}" | grep -qx "$path" || left+=("$path")
done
while IFS= read -r path; do left+=("$path"); done < <(comm -13 <(echo "$named_before") <(named_like_knotwork))
[ ${#left[@]} -eq 0 ] || fail "the purge left: ${left[*]}"

(cd / && sha256sum --quiet -c "$work/home-before.sha256") || fail "the purge changed the user's files"
[ "$(sqlite3 "$practice" 'PRAGMA integrity_check;')" = ok ] || fail "the practice is damaged after the purge"
[ "$(sqlite3 "$practice" 'SELECT count(*) FROM clients;')" = 1 ] || fail "the practice lost its client"
say "passed: installed, used, opened from the menu and purged; the practice in the home folder is untouched"
