#!/usr/bin/env bash
# `pnpm bench [benchmark…]` and `pnpm bench:seed --scale small|national` (see docs/PERFORMANCE.md).
# Like scripts/test.sh: installs what is missing, starts a throwaway PostgreSQL and Redis (unless TEST_DATABASE_URL /
# TEST_REDIS_URL point at ones you run, where seeded datasets are kept and reused), builds, then runs.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo_root"
source scripts/lib/pnpm.sh
source scripts/lib/system-packages.sh
source scripts/lib/services.sh

ensure_pnpm

if [[ "${1:-}" == "seed" ]]; then
  shift
  if [[ -z "${DATABASE_URL:-}" ]]; then
    echo "pnpm bench:seed loads the dataset into DATABASE_URL (an empty database, or one already seeded with it)." >&2
    echo "pnpm bench seeds its own databases and needs no DATABASE_URL." >&2
    exit 1
  fi
  "${PNPM[@]}" turbo run build --filter=@daikou/bench... --output-logs=errors-only
  exec node tools/bench/dist/cli.js seed "$@"
fi

echo "Installing dependencies…"
"${PNPM[@]}" install --frozen-lockfile
ensure_system_packages
trap stop_services EXIT
start_services
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
"${PNPM[@]}" turbo run build --output-logs=errors-only
node tools/bench/dist/cli.js run "$@"
