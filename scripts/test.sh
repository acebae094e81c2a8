#!/usr/bin/env bash
# The whole test run, as CI and the README run it: tools, throwaway services, build, checks, tests.
# Extra arguments go to the test step, e.g. `pnpm test --filter=@daikou/api`.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"
source scripts/lib/pnpm.sh
source scripts/lib/system-packages.sh
source scripts/lib/services.sh

ensure_pnpm
echo "Installing dependencies…"
"${PNPM[@]}" install --frozen-lockfile

ensure_system_packages
trap stop_services EXIT
start_services
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

"${PNPM[@]}" turbo run build
"${PNPM[@]}" turbo run typecheck lint
# One package at a time: each jest run already uses every core for its workers.
"${PNPM[@]}" turbo run test --concurrency=1 "$@"
