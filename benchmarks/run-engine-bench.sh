#!/usr/bin/env bash
# One command for the engine benchmark table of benchmarks/README.md: BenchmarkDotNet for the
# engine and graphql-js 16 on the same documents and schema, then the table with the ratio.
#
#   benchmarks/run-engine-bench.sh [--full]     (default: the short job, a few minutes)
#
# Needs the .NET SDK and Node.js 20 with `npm ci` done in tests/conformance.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="${BENCH_OUT:-$(mktemp -d)}"
artifacts="${BENCH_ARTIFACTS:-/tmp/art-bench}"
quick="--quick"
seconds=1
if [[ "${1:-}" == "--full" ]]; then quick=""; seconds=3; fi

dotnet build "$repo/benchmarks/OpenIntegrationData.Benchmarks" -c Release --artifacts-path "$artifacts" -v quiet -nologo
exe="$artifacts/bin/OpenIntegrationData.Benchmarks/release/OpenIntegrationData.Benchmarks"
export BENCHMARK_DOCUMENTS="$repo/benchmarks/documents"

"$exe" schema > "$out/schema.graphql"
(cd "$out" && "$exe" --filter '*' $quick) > "$out/engine.log"
node "$repo/benchmarks/graphql-js/bench.mjs" "$out/schema.graphql" --json "$out/graphql-js.json" --seconds "$seconds" 2> "$out/graphql-js.log"

echo "$(date -u '+%Y-%m-%d %H:%M UTC') — results in $out"
node "$repo/benchmarks/graphql-js/compare.mjs" "$out/BenchmarkDotNet.Artifacts/results" "$out/graphql-js.json"
