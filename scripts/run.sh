#!/usr/bin/env bash
# Brings the API up at http://localhost:5000 with the seed data loaded.
# With no ConnectionStrings__Postgres set it runs a private PostgreSQL cluster (data in .local/pgdata),
# installing the PostgreSQL server and PostGIS packages (and Node.js/npm for the build) first when missing and this user may.
# Extra arguments go to the API, e.g. `scripts/run.sh --urls http://127.0.0.1:8080`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh

require_dotnet
require_node   # the build installs the IDE and bundles the widgets with npm
if [ -z "${ConnectionStrings__Postgres:-}" ]; then
  require_postgres_server
  require_postgis
fi

exec dotnet run --project api/OpenIntegrationData.Api -c Release -- --urls http://localhost:5000 "$@"
