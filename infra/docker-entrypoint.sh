#!/bin/sh
# Picks the Daikou process to run; anything else (e.g. `sh`) runs as given, for debugging.
set -e
cd "$(dirname "$0")/.."

case "$1" in
  api) shift; exec node apps/api/dist/main.js "$@" ;;
  worker) shift; exec node apps/api/dist/worker.js "$@" ;;
  migrate) shift; exec node apps/api/dist/cli/migrate.js "$@" ;;
  *) exec "$@" ;;
esac
