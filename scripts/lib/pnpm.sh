# shellcheck shell=bash disable=SC2034 # PNPM is this file's output, used by the script that sources it
# The pnpm this repository pins (package.json "packageManager"); newer releases may refuse the lock.
PNPM_VERSION=12.4.2

# Sets the PNPM array to a command running pnpm $PNPM_VERSION: the one on PATH when it matches,
# else a global install (as root), else npx.
ensure_pnpm() {
  if [[ "$(pnpm --version 2>/dev/null)" == "$PNPM_VERSION" ]]; then
    PNPM=(pnpm)
    return
  fi
  if [[ $(id -u) -eq 0 ]]; then
    echo "Installing pnpm $PNPM_VERSION…"
    npm install --global --silent "pnpm@$PNPM_VERSION"
    hash -r
    if [[ "$(pnpm --version 2>/dev/null)" == "$PNPM_VERSION" ]]; then
      PNPM=(pnpm)
      return
    fi
  fi
  PNPM=(npx --yes "pnpm@$PNPM_VERSION")
}
