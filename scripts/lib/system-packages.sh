# shellcheck shell=bash
# The Debian packages the test suites need: real PostgreSQL and Redis servers (unless the caller
# brings its own through TEST_DATABASE_URL / TEST_REDIS_URL), Chromium for browser and PDF tests,
# and poppler-utils (pdftotext) to read the PDFs back.

missing_system_packages() {
  local missing=()
  if [[ -z "${TEST_DATABASE_URL:-}" ]] && ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
    missing+=(postgresql)
  fi
  if [[ -z "${TEST_REDIS_URL:-}" ]] && ! command -v redis-server >/dev/null; then
    missing+=(redis-server)
  fi
  if [[ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]]; then
    missing+=(chromium)
  fi
  if ! command -v pdftotext >/dev/null; then
    missing+=(poppler-utils)
  fi
  echo "${missing[*]}"
}

ensure_system_packages() {
  local missing
  missing=$(missing_system_packages)
  [[ -z "$missing" ]] && return 0
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    echo "The tests need these system packages, which are missing: $missing" >&2
    echo "Install them (on Debian/Ubuntu: sudo apt-get install -y $missing), or point" >&2
    echo "TEST_DATABASE_URL / TEST_REDIS_URL / CHROMIUM_PATH at ones you already run." >&2
    return 1
  fi
  echo "Installing system packages: $missing…"
  if [[ " $missing " == *" postgresql "* ]]; then
    # Debian's postgresql package would otherwise create and start a cluster on port 5432 we never use.
    mkdir -p /etc/postgresql-common/createcluster.d
    echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.d/daikou-tests.conf
  fi
  apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
}
