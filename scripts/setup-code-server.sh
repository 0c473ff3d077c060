#!/usr/bin/env bash
# Installs code-server (VS Code in the browser) and headless Chromium for the end-to-end tests
# and `npm start`. Idempotent: a second run checks the install and exits quickly.
#
#   bash scripts/setup-code-server.sh          # install into <repo>/.cache/code-server
#   BIOLEX_CODE_SERVER_DIR=/x bash scripts/...  # install elsewhere
#
# Nothing is downloaded but npm packages and Debian packages (no VS Code or browser builds).
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${BIOLEX_CODE_SERVER_DIR:-$REPO/.cache/code-server}"
PKG="$CACHE/node_modules/code-server"
VSCODE="$PKG/lib/vscode"
MARKER="$CACHE/.installed-$CODE_SERVER_VERSION"
# code-server writes a default config file (with a password) on first start unless told where one is.
export CODE_SERVER_CONFIG="$CACHE/config.yaml"

log() { printf '[setup-code-server] %s\n' "$*"; }
LOG="$(mktemp -t setup-code-server.XXXXXX.log)"
# step "what" command...: runs the command with its output in $LOG, shown only when it fails.
step() {
  local t0=$SECONDS
  log "$1 ..."
  if ! "${@:2}" >"$LOG" 2>&1; then
    tail -n 40 "$LOG" | sed 's/^/    /'
    log "FAILED: $1 (full output: $LOG)"
    exit 1
  fi
  log "  ok ($((SECONDS - t0))s)"
}

# --- Debian packages: Chromium (browser), ripgrep (VS Code search), libkrb5-dev (kerberos build) ---
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/rg ] || missing+=(ripgrep)
[ -e /usr/include/gssapi/gssapi.h ] || [ -e /usr/include/krb5.h ] || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
    log "missing Debian packages: ${missing[*]} (run as root or install them yourself)"; exit 1
  fi
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  step "apt-get update" $SUDO apt-get update -qq
  step "apt-get install ${missing[*]}" $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  log "Debian packages present: chromium, ripgrep, libkrb5-dev"
fi

# --- Is code-server already installed and working? ---
works() {
  [ -e "$VSCODE/node_modules/@vscode/ripgrep/bin/rg" ] &&
    grep -q "^$CODE_SERVER_VERSION " <<<"$(node "$PKG/out/node/entry.js" --version 2>/dev/null)" &&
    (cd "$VSCODE" && node -e "require('node-pty'); require('@vscode/spdlog'); require('@parcel/watcher')") >/dev/null 2>&1
}
if [ -f "$MARKER" ] && works; then
  log "code-server $CODE_SERVER_VERSION already installed and working in $CACHE"
  exit 0
fi
rm -f "$CACHE"/.installed-*

# node-gyp must build against the local Node headers (no download of headers is possible here).
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ] && [ "$(npm config get nodedir)" = "undefined" -o "$(npm config get nodedir)" = "null" ]; then
  export npm_config_nodedir=/usr
  log "building native modules against the Node headers in /usr/include/node"
fi
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

mkdir -p "$CACHE"
[ -f "$CACHE/package.json" ] || printf '{ "private": true, "description": "code-server for BioLex e2e tests" }\n' >"$CACHE/package.json"

t_all=$SECONDS
step "npm install code-server@$CODE_SERVER_VERSION (no scripts)" \
  npm install --prefix "$CACHE" --no-save --ignore-scripts --loglevel=error "code-server@$CODE_SERVER_VERSION"
step "lib/vscode: npm install --omit=dev" \
  bash -c "cd '$VSCODE' && npm install --omit=dev --ignore-scripts --loglevel=error"
step "lib/vscode: rebuild native modules" \
  bash -c "cd '$VSCODE' && npm_config_yes=true npm rebuild --loglevel=error kerberos node-pty @parcel/watcher @vscode/spdlog native-watchdog @vscode/deviceid"
log "lib/vscode: link /usr/bin/rg into @vscode/ripgrep"
mkdir -p "$VSCODE/node_modules/@vscode/ripgrep/bin"
ln -sf /usr/bin/rg "$VSCODE/node_modules/@vscode/ripgrep/bin/rg"
log "lib/vscode: link node_modules.asar -> node_modules"
[ -e "$VSCODE/node_modules.asar" ] || ln -s node_modules "$VSCODE/node_modules.asar"
step "lib/vscode/extensions: npm install --omit=dev" \
  bash -c "cd '$VSCODE/extensions' && npm install --omit=dev --ignore-scripts --loglevel=error"
# argon2 (code-server's password hashing) is hoisted next to code-server, so rebuild it there.
step "code-server: rebuild argon2" \
  bash -c "cd '$CACHE' && npm rebuild --loglevel=error argon2"

if ! works; then
  log "code-server installed but the check failed:"
  node "$PKG/out/node/entry.js" --version || true
  (cd "$VSCODE" && node -e "require('node-pty'); require('@vscode/spdlog'); require('@parcel/watcher')") || true
  exit 1
fi
touch "$MARKER"
rm -f "$LOG"
log "code-server $CODE_SERVER_VERSION installed in $CACHE in $((SECONDS - t_all))s"
