# Shared by scripts/demo and scripts/test: Debian packages, then a virtualenv in .venv.
# Sourced, not run. Usage: setup_system PKG...; setup_venv EXTRA
set -euo pipefail

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

setup_system() {
    command -v dpkg >/dev/null 2>&1 || return 0   # not Debian: bring these yourself
    local missing=()
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if ! python3 -c "import ensurepip, venv" >/dev/null 2>&1; then
        missing+=(python3-venv)
    fi
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "Installing Debian packages: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null
    fi
}

# Libraries Qt's xcb platform plugin needs on a minimal Debian.
QT_RUNTIME_PACKAGES=(
    libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
    libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 libx11-xcb1 fonts-dejavu-core
)

# pip runs only when pyproject.toml changed since the last install of the same extra (or of
# "[test]", which holds everything): the stamp in .venv records what was installed from which file.
setup_venv() {
    local extra="$1" stamp=.venv/.sop-companion-installed hash
    if [ ! -x .venv/bin/python ]; then
        python3 -m venv .venv
        rm -f "$stamp"
    fi
    hash="$(sha256sum pyproject.toml | cut -d' ' -f1)"
    if [ -f "$stamp" ] && { grep -qxF "$hash ${extra:-[]}" "$stamp" || grep -qxF "$hash [test]" "$stamp"; }; then
        return 0
    fi
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null
    .venv/bin/python -m pip install -q -e ".${extra}"
    { grep "^$hash " "$stamp" 2>/dev/null || true; echo "$hash ${extra:-[]}"; } | sort -u >"$stamp.new"
    mv "$stamp.new" "$stamp"
}

# Compile i18n/*.ts to .qm (not kept in the repository) when a .qm is missing or older than its
# .ts, so the app speaks the user's language (LANG=fr_FR.UTF-8 ./scripts/demo is in French).
build_translations() {
    local ts
    for ts in i18n/*.ts; do
        if [ ! -f "${ts%.ts}.qm" ] || [ "$ts" -nt "${ts%.ts}.qm" ]; then
            .venv/bin/python scripts/build_translations.py >/dev/null
            return 0
        fi
    done
}
