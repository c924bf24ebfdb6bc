#!/usr/bin/env bash
# Installs what the e2e suite needs, idempotently, offline except the npm registry and Debian apt:
#   Debian's chromium (+ pkg-config, libkrb5-dev, ripgrep for code-server's native modules; an emoji font so that
#   hover status icons such as ✅ render in screenshots) and
#   code-server 4.100.3 (VS Code 1.100.3, the newest whose engines accept Node 20) into .cache/code-server/.
# Usage: bash scripts/e2e/install.sh            (apt-get runs only when a package is missing; needs root then)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CSVER=4.100.3
DEST="${SOURCECHECK_E2E_CS_DIR:-$ROOT/.cache/code-server}"
RGPKG=1.15.11  # @vscode/ripgrep version pinned by code-server 4.100.3's lib/vscode/npm-shrinkwrap.json
RGASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
CS="$DEST/node_modules/.bin/code-server"

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
command -v pkg-config >/dev/null || missing+=(pkg-config)
[ -f /usr/include/krb5.h ] || [ -f /usr/include/krb5/krb5.h ] || missing+=(libkrb5-dev)
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "e2e install: missing Debian packages: ${missing[*]} (run as root, or apt-get install them)" >&2; exit 1; fi
  echo "== apt-get install ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium pkg-config libkrb5-dev ripgrep fonts-noto-color-emoji
fi

# Already installed (and working)? Then there is nothing to do.
if [ -x "$CS" ] && XDG_CONFIG_HOME="$DEST/tmp/xdg" XDG_DATA_HOME="$DEST/tmp/xdg" "$CS" --version 2>/dev/null | grep -q "^$CSVER "; then
  echo "== code-server $CSVER already in $DEST"; exit 0
fi

echo "== installing code-server $CSVER into $DEST"
mkdir -p "$DEST" && cd "$DEST"
[ -f package.json ] || echo '{"name":"sourcecheck-e2e-host","private":true}' > package.json
# 1) @vscode/ripgrep's postinstall downloads rg from GitHub unless the asset is already in $TMPDIR/vscode-ripgrep-cache-<ver>/:
#    seed that cache with Debian's rg (ripgrep 13.0.0, the version the prebuilt would be).
export TMPDIR="$DEST/tmp"; mkdir -p "$TMPDIR/vscode-ripgrep-cache-$RGPKG" "$TMPDIR/rg"
cp "$(command -v rg)" "$TMPDIR/rg/rg"
tar czf "$TMPDIR/vscode-ripgrep-cache-$RGPKG/$RGASSET" -C "$TMPDIR/rg" rg
# 2) code-server's postinstall refuses root unless npm_config_unsafe_perm=true (the env var still reaches the script).
# 3) node-pty's postinstall runs `npx node-gyp`; a yes=false npmrc would block it: npm_config_yes=true.
# 4) kerberos has no prebuild offline and builds from source: needs libkrb5-dev and pkg-config (above).
#    dangerously_allow_all_scripts keeps install scripts running if npm starts enforcing allowScripts.
npm_config_unsafe_perm=true npm_config_yes=true npm_config_dangerously_allow_all_scripts=true \
  npm install --no-audit --no-fund --no-save --foreground-scripts --loglevel=error "code-server@$CSVER"
XDG_CONFIG_HOME="$TMPDIR/xdg" XDG_DATA_HOME="$TMPDIR/xdg" "$CS" --version
