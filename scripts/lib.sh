# Shared by scripts/run and scripts/test: install what is missing, then configure and build a preset.
# Sourced, not run.

knotwork_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

knotwork_say() {
    if [ -t 2 ]; then printf '\033[1mknotwork:\033[0m %s\n' "$*" >&2; else printf 'knotwork: %s\n' "$*" >&2; fi
}

# Whether the Debian package $1 is installed (not merely known to dpkg or half-configured).
# "name/bookworm-backports" asks for the backports build: bookworm's own is not enough.
knotwork_is_installed() {
    local name=${1%/*}
    dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'install ok installed' || return 1
    [ "$name" = "$1" ] || dpkg-query -W -f='${Version}' "$name" | grep -q '~bpo'
}

# The deb822 source of bookworm-backports, added when a wanted package comes from there
# (SQLCipher 4: bookworm itself has only 3.4).
knotwork_backports_source=/etc/apt/sources.list.d/knotwork-bookworm-backports.sources
knotwork_add_backports() {
    grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/ && return 0
    knotwork_say "adding the bookworm-backports package source ($knotwork_backports_source)"
    printf '%s\n' 'Types: deb' 'URIs: http://deb.debian.org/debian' 'Suites: bookworm-backports' \
        'Components: main' 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' \
        | "$@" tee "$knotwork_backports_source" >/dev/null
}

# Installs the Debian packages listed in scripts/packages.txt that are not installed yet.
knotwork_install_packages() {
    local wanted missing=() pkg
    wanted=$(grep -vE '^\s*(#|$)' "$knotwork_root/scripts/packages.txt")
    for pkg in $wanted; do
        knotwork_is_installed "$pkg" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    local as_root=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            knotwork_say "these Debian packages are missing: ${missing[*]}"
            knotwork_say "install them as root (apt-get install ${missing[*]}) and run this again."
            return 1
        fi
        as_root=(sudo)
    fi
    knotwork_say "installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    case " ${missing[*]}" in *'/bookworm-backports'*) knotwork_add_backports "${as_root[@]}" ;; esac
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures and builds the CMake preset named in $1 (only the targets named after it, if any:
# --target NAME); later runs only rebuild what changed.
knotwork_build() {
    local preset=$1
    shift
    cd "$knotwork_root"
    # ccache hits for any checkout of the tree (CI builds a fresh clone in a new folder each
    # time): paths inside it are hashed as relative, and the build folder's own path is not.
    export CCACHE_BASEDIR="$knotwork_root" CCACHE_NOHASHDIR=true
    # Configuring again is quick and applies any change to the preset's cache variables.
    local started=$SECONDS
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" "$@"
    knotwork_say "built the $preset preset in $((SECONDS - started)) s"
}

knotwork_have_display() { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }
