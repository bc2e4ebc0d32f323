#!/usr/bin/env bash
# Installs what the integration tests need, idempotently: Debian's chromium (browser tests),
# PostgreSQL (store tests against a real server) and Label Studio in its own venv (.venv-ls).
# The tests start and stop the servers themselves on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "installing ${need_apt[*]} from Debian's packages"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# Label Studio 1.23 passes sentry_sdk.init options that sentry-sdk 3 no longer takes (it exits at
# start with "Unknown option 'send_default_pii'"); its own requirement leaves the major open.
LS_REQUIREMENTS=("label-studio==1.23.*" "sentry-sdk<3")
if [ ! -x .venv-ls/bin/label-studio ]; then
  echo "installing Label Studio into .venv-ls (once)"
  python3 -m venv .venv-ls
  .venv-ls/bin/pip install --quiet --upgrade pip
  .venv-ls/bin/pip install --quiet "${LS_REQUIREMENTS[@]}"
elif ! .venv-ls/bin/python -c 'import sys, sentry_sdk; sys.exit(int(sentry_sdk.VERSION.split(".")[0]) >= 3)' 2>/dev/null; then
  echo "pinning sentry-sdk below 3 in .venv-ls"
  .venv-ls/bin/pip install --quiet "${LS_REQUIREMENTS[@]}"
fi
