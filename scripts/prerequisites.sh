# Sourced by run.sh and test.sh: checks for what the project needs and installs what is missing
# when this user may (root, or passwordless sudo) on Debian/Ubuntu; otherwise says exactly what to install.

# Installs Debian packages, or explains how and exits.
install_packages() {
  local why="$1"; shift
  local command="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $*"
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Missing: $why. Install the packages '$*' (or your system's equivalent) and try again." >&2
    exit 1
  fi
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing $why: $*" >&2
    sh -c "$command" >&2
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    echo "Installing $why with sudo: $*" >&2
    sudo sh -c "$command" >&2
  else
    echo "Missing: $why. Install it, then try again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y $*" >&2
    exit 1
  fi
}

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "Missing: the .NET 10 SDK. Install it (https://learn.microsoft.com/dotnet/core/install/linux), then try again." >&2
    exit 1
  fi
}

# The server programs the private cluster runs: initdb, pg_ctl, postgres (PATH or /usr/lib/postgresql/*/bin).
has_postgres_server() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    return 0
  fi
  local bin
  for bin in /usr/lib/postgresql/*/bin; do
    if [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ] && [ -x "$bin/postgres" ]; then
      return 0
    fi
  done
  return 1
}

require_postgres_server() {
  if ! has_postgres_server; then
    install_packages "the PostgreSQL server" postgresql
  fi
}

# PostGIS for the server the private cluster runs (the migrations create the postgis extension):
# Debian's postgresql-<major>-postgis-3 puts postgis.control into /usr/share/postgresql/<major>/extension.
require_postgis() {
  local bin major
  for bin in $(command -v postgres 2>/dev/null) /usr/lib/postgresql/*/bin/postgres; do
    [ -x "$bin" ] || continue
    major=$("$bin" --version | sed -E 's/^[^0-9]*([0-9]+).*/\1/')
    if [ -e "/usr/share/postgresql/$major/extension/postgis.control" ]; then
      return 0
    fi
    install_packages "PostGIS for PostgreSQL $major" "postgresql-$major-postgis-3"
    return 0
  done
}

# redis-server for the test of automatic persisted queries shared between nodes (the API itself needs Redis only when
# ConnectionStrings__Redis is set).
require_redis() {
  if ! command -v redis-server >/dev/null 2>&1; then
    install_packages "Redis (tests of persisted queries shared between nodes)" redis-server
  fi
}

require_node() {
  if ! command -v npm >/dev/null 2>&1; then
    install_packages "Node.js and npm" nodejs npm
  fi
}
