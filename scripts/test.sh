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
test_log=$(mktemp)
trap 'rm -f "$test_log"; stop_services' EXIT
status=0
"${PNPM[@]}" turbo run test --concurrency=1 "$@" 2>&1 | tee "$test_log" || status=$?

# One closing line for the whole run, summed over jest ("Tests: …") and node:test ("# pass N" / "# fail N").
node -e '
  const text = require("fs").readFileSync(process.argv[1], "utf8").replace(/\x1b\[[0-9;]*m/g, "");
  let passed = 0, failed = 0;
  for (const m of text.matchAll(/Tests:\s+(?:(\d+) failed, )?(?:\d+ skipped, )?(\d+) passed/g)) { failed += Number(m[1] ?? 0); passed += Number(m[2]); }
  for (const m of text.matchAll(/Tests:\s+(\d+) failed, (?:\d+ skipped, )?\d+ total/g)) failed += Number(m[1]);
  for (const m of text.matchAll(/# pass (\d+)/g)) passed += Number(m[1]);
  for (const m of text.matchAll(/# fail (\d+)/g)) failed += Number(m[1]);
  console.log(`\n${passed} passed, ${failed} failed`);
' "$test_log"
exit "$status"
