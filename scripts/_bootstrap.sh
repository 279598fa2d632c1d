# Shared set-up for scripts/run-app and scripts/run-tests: sourced, not run.
# Installs what is missing (system packages when root, a virtualenv with pinned Python packages)
# and builds the Qt translation catalogues. Idempotent and quick when nothing is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${COUNTER_APP_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

# Qt's runtime libraries (offscreen and xcb), a TrueType Chinese font (WenQuanYi Micro Hei, embedded
# into PDFs), plus the tools the tests drive: Xvfb + xdotool (real key events), poppler (PDF -> PNG
# and text), zbar (decode printed barcodes), socat (serial null-modem pairs).
APP_DEB_PACKAGES=(libgl1 libegl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0
  libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 fonts-wqy-microhei python3-venv)
TEST_DEB_PACKAGES=(xvfb xauth xdotool poppler-utils poppler-data zbar-tools socat)

ensure_deb_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing system packages. Install them with:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
}

ensure_venv() {
  local extras="$1" stamp want
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -c1-16)-$extras"
  stamp="$VENV/.counter_app_installed"
  if [ ! -f "$stamp" ] || ! grep -qx -- "$want" "$stamp"; then
    echo "Installing Python packages into $VENV ($extras)"
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    if [ "$extras" = "app" ]; then
      "$VENV/bin/python" -m pip install -q -e "$ROOT"
    else
      "$VENV/bin/python" -m pip install -q -e "$ROOT[$extras]"
    fi
    echo "$want" >> "$stamp"
  fi
}

build_translations() {
  "$VENV/bin/python" -m counter_app.devtools.i18n build
}
