#!/usr/bin/env bash
# Runs the whole test suite (each test process starts its own throwaway PostgreSQL cluster) and ends
# with one line: `Tests: N passed, N failed, N skipped`. Exits non-zero when a test failed or none ran.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh

require_dotnet
require_postgres_server
require_postgis
require_redis
require_node   # the build installs the IDE and bundles the widgets with npm
# The browser tests (tests/OpenIntegrationData.Api.Tests/Browser) drive Debian's Chromium; Playwright never downloads one.
if [ ! -x /usr/bin/chromium ]; then
  install_packages "Chromium for the browser tests" chromium
fi

# Node packages of the suites that need them: add each folder with a package-lock.json here,
# and `npm ci` runs in it before the tests.
npm_folders=(tests/conformance api/OpenIntegrationData.Api/Ide widgets tests/clients)
if [ "${#npm_folders[@]}" -gt 0 ]; then
  for folder in "${npm_folders[@]}"; do
    (cd "$folder" && npm ci --no-audit --no-fund) || exit 1
  done
fi

results="TestResults/test-sh"
rm -rf "$results"
mkdir -p "$results"

# Build once, then test each test project of the solution with its own TRX file
# (one `dotnet test` over the solution names TRX files by the second, and they can overwrite each other).
# Extra arguments go to every `dotnet test`, e.g. `scripts/test.sh --filter Health`.
test_status=0
if dotnet build OpenIntegrationData.sln -c Release; then
  mapfile -t projects < <(dotnet sln OpenIntegrationData.sln list | tr '\\' '/' | grep -E '\.Tests\.csproj$')
  for project in "${projects[@]}"; do
    dotnet test "$project" -c Release --no-build \
      --logger "trx;LogFileName=$(basename "$project" .csproj).trx" --results-directory "$results" "$@" || test_status=1
  done
else
  test_status=1
fi

# One line over every test assembly, summed from the TRX files' <Counters .../>.
sum_counter() {
  local name="$1" total=0 value file
  for file in "$results"/*.trx; do
    [ -e "$file" ] || continue
    value=$(grep -o "<Counters [^>]*" "$file" | grep -o " $name=\"[0-9]*\"" | grep -o "[0-9]\+" || true)
    total=$((total + ${value:-0}))
  done
  echo "$total"
}

passed=$(sum_counter passed)
failed=$(( $(sum_counter failed) + $(sum_counter error) + $(sum_counter timeout) + $(sum_counter aborted) ))
# Skipped tests count in `total` but not in `executed` (the TRX notExecuted counter stays 0 for them).
skipped=$(( $(sum_counter total) - $(sum_counter executed) ))

if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test failed before or outside the tests (build error or crashed test host); see above." >&2
fi

echo "Tests: $passed passed, $failed failed, $skipped skipped"

if [ "$test_status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
