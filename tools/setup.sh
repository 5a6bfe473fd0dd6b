# shellcheck shell=bash
# Installs, pinned and only when missing, everything the build and the tests need.
# Sourced by tools/serve and tools/test; it puts .tools/bin and node_modules/.bin on PATH.
# Nothing is fetched from outside the package registries (crates.io, npm, Debian).

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
TRUNK_VERSION="0.21.14"
export PATH="$TOOLS/bin:$ROOT/node_modules/.bin:$PATH"
# Playwright drives Debian's Chromium; it must never download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# The wasm-bindgen version Cargo.lock pins: the CLI must be exactly this one.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the Rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

# cargo install into .tools unless the binary there already prints the wanted version.
ensure_cargo_tool() { # crate version binary [--locked]
  local crate=$1 version=$2 binary=$3 locked=${4:-}
  if [ -x "$TOOLS/bin/$binary" ] && "$TOOLS/bin/$binary" --version 2>/dev/null | grep -q " $version\$"; then
    return
  fi
  say "installing $crate $version into .tools (once; takes a few minutes)"
  # Trunk's own release profile asks for fat LTO in one codegen unit, which makes its build
  # several times slower for no difference we can measure in a build tool; override it.
  # shellcheck disable=SC2086
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install "$crate" --version "$version" $locked --root "$TOOLS" --force
}

ensure_npm_packages() {
  local stamp="$ROOT/node_modules/.whosaid-lock"
  if [ -f "$stamp" ] && cmp -s "$stamp" "$ROOT/package-lock.json"; then
    return
  fi
  say "installing npm packages from package-lock.json"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$ROOT/package-lock.json" "$stamp"
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    return
  fi
  say "installing Debian's chromium and chromium-driver"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
}

# Python's jsonschema in a venv under .tools, for the annotation-file checks in the tests
# (docs/schema/whosaid.schema.json and the W3C's own conformance suite, check.py). Skipped
# when the pinned version is already there. tests/formats.rs finds it through WHOSAID_PYTHON.
JSONSCHEMA_VERSION="4.26.0"
ensure_python_tools() {
  local py="$TOOLS/venv/bin/python3"
  export WHOSAID_PYTHON="$py"
  if [ -x "$py" ] && "$py" -c "import importlib.metadata as m, sys; sys.exit(m.version('jsonschema') != '$JSONSCHEMA_VERSION')" 2>/dev/null; then
    return
  fi
  say "installing Python jsonschema $JSONSCHEMA_VERSION into .tools/venv"
  python3 -m venv "$TOOLS/venv"
  "$py" -m pip install --quiet --disable-pip-version-check "jsonschema==$JSONSCHEMA_VERSION"
}

# What building the app needs.
ensure_build_tools() {
  ensure_wasm_target
  ensure_npm_packages
  ensure_cargo_tool trunk "$TRUNK_VERSION" trunk --locked
  ensure_cargo_tool wasm-bindgen-cli "$(wasm_bindgen_version)" wasm-bindgen
}

# What the tests need on top.
ensure_test_tools() {
  ensure_build_tools
  ensure_chromium
  ensure_python_tools
}

build_release() {
  say "building the release app into dist/"
  (cd "$ROOT" && trunk build --release --offline)
}
