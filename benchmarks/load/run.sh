#!/usr/bin/env bash
# run.sh — our server, PostGraphile and pgbench side by side on the same generated database, in one run.
#
#   benchmarks/load/run.sh                     # ~6 minutes: 6 shapes x (2 x wrk 3+10 s, pgbench 2+10 s)
#   CONC=16 SECS=5 ONLY="q1 q4" benchmarks/load/run.sh
#
#  1. tools: wrk, jq, curl (apt-get when missing and root), the shared harness copied to a writable
#     folder with `npm ci` (PostGraphile 4.14.1), our API (committed HEAD) published as a Release build
#  2. a throwaway PostgreSQL 15 cluster (harness pg-local.sh) on 127.0.0.1
#  3. our migrations (our server started once with seeding off), then generate.sql at SCALE
#  4. PostGraphile (harness peer-postgraphile.sh, schema public) and our server (`dotnet X.dll`, one process)
#  5. check.sh: each shape returns the same data from ours, PostGraphile and the SQL twin
#  6. statements per request for each server (log_statement=all for a few requests)
#  7. per shape: wrk -> PostGraphile, wrk -> ours (harness load.sh), pgbench with the SQL twin (baseline-pgbench.sh)
#  8. the HTTP floor: the harness's bare ASP.NET Core endpoint serving our q1 bytes (the ceiling for any server here)
#  8b. widget traffic (widget-mix.lua): PostGraphile, ours with its response cache on, ours restarted with it off
#  9. prints a Markdown table (also saved under benchmarks/load/results/), stops everything it started.
#
# Environment (all optional):
#   CONC=16 SECS=10 WARMUP=3     concurrency, seconds per measurement, discarded warm-up seconds (wrk; pgbench warms 2 s)
#   SCALE=1                      data scale for generate.sql (10 = 10x rows)
#   ONLY="q1 q3"                 run only these shapes
#   PG_PORT=55432 PGL_PORT=55055 OURS_PORT=55080 FLOOR_PORT=55060
#   WIDGETS=1                    0 skips the widget traffic mix; WIDGET_ZIPF=1.0 its Zipf exponent (larger = fewer hot questions)
#   FLOOR=1                      0 skips the HTTP floor (harness http-floor: ASP.NET Core, fixed q1 bytes)
#   HARNESS=/work/shared/tools/bench   the shared harness (read-only is fine: it is copied)
#   HARNESS_COPY=/tmp/oid-load-bench-harness   writable copy with node_modules, reused between runs
#   ARTIFACTS=/tmp/oid-load-bench-artifacts    dotnet build artifacts (incremental between runs)
#   SOURCE=head                  publish the committed HEAD (git archive); SOURCE=worktree publishes the work tree
#   PUBLISHED=DIR                use an already published API folder instead of publishing
#   OURS_ENV="K=V ..."           more environment for our server, e.g. OURS_ENV=GraphQL__TotalsMemo__Enabled=false
#   CHECK=1                      0 skips the equality check (not for numbers you publish)
#   KEEP=1                       keep the temp folder (cluster stopped; logs inside)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

CONC="${CONC:-16}"; SECS="${SECS:-10}"; export WARMUP="${WARMUP:-3}"
SCALE="${SCALE:-1}"
PG_PORT="${PG_PORT:-55432}"; PGL_PORT="${PGL_PORT:-55055}"; OURS_PORT="${OURS_PORT:-55080}"; FLOOR_PORT="${FLOOR_PORT:-55060}"
HARNESS="${HARNESS:-/work/shared/tools/bench}"
HARNESS_COPY="${HARNESS_COPY:-/tmp/oid-load-bench-harness}"
ARTIFACTS="${ARTIFACTS:-/tmp/oid-load-bench-artifacts}"
DBURL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
OURS_URL="http://127.0.0.1:$OURS_PORT/graphql"
PGL_URL="http://127.0.0.1:$PGL_PORT/graphql"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
export PATH="$PG_BIN:$PATH"

log() { echo "# $*" >&2; }
loadavg_start="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- 1. tools ---------------------------------------------------------------------------------
missing=()
for tool in wrk jq curl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if (( ${#missing[@]} )); then
  [[ $EUID -eq 0 ]] || { echo "missing: ${missing[*]} (apt-get install -y ${missing[*]})" >&2; exit 1; }
  log "installing ${missing[*]}"
  apt-get install -y "${missing[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "${missing[@]}" >/dev/null; }
fi
for tool in node npm dotnet psql pgbench; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done
[[ -x "$HARNESS/load.sh" ]] || { echo "no harness at $HARNESS (set HARNESS)" >&2; exit 1; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$PG_PORT" "$PGL_PORT" "$OURS_PORT"; do
  if port_busy "$p"; then echo "port $p on 127.0.0.1 is already in use" >&2; exit 1; fi
done

# The harness is read-only; its scripts run from a writable copy that also holds node_modules.
if ! cmp -s "$HARNESS/package-lock.json" "$HARNESS_COPY/package-lock.json" || [[ ! -f "$HARNESS_COPY/node_modules/postgraphile/package.json" ]]; then
  log "copying the harness to $HARNESS_COPY and installing PostGraphile (npm ci)"
  rm -rf "$HARNESS_COPY"; mkdir -p "$HARNESS_COPY"
  cp -r "$HARNESS/." "$HARNESS_COPY/"; chmod -R u+w "$HARNESS_COPY"
  (cd "$HARNESS_COPY" && npm ci --no-audit --no-fund >/dev/null 2>&1)
else
  cp -f "$HARNESS"/*.sh "$HARNESS"/*.lua "$HARNESS_COPY/"; chmod u+w "$HARNESS_COPY"/*.sh "$HARNESS_COPY"/*.lua
fi
H="$HARNESS_COPY"

work="$(mktemp -d -t oid-load-bench.XXXXXX)"
chmod 711 "$work"                     # the cluster owner (postgres) must reach $work/pg
pids=(); pg_started=0; ours_pid=""
cleanup() {
  local rc=$?
  set +e
  for pid in "${pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; fi
  done
  if (( pg_started )); then "$H/pg-local.sh" stop "$work/pg" "$PG_PORT" >/dev/null; fi
  if [[ "${KEEP:-0}" == 1 ]]; then log "kept $work"; else rm -rf "$work"; fi
  exit $rc
}
trap cleanup EXIT INT TERM

version="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "${PUBLISHED:-}" ]]; then
  publish="$(cd "$PUBLISHED" && pwd)"; version="$version? (PUBLISHED=$PUBLISHED)"
else
  # By default the committed HEAD is built, not the work tree, where other changes may be half done.
  src="$repo"
  if [[ "${SOURCE:-head}" == head ]]; then
    src="$work/src"; mkdir -p "$src"
    git -C "$repo" archive HEAD | tar -x -C "$src"
    # npm's output is not in git; copying it saves the build's `npm ci` (which still runs if a lock file changed)
    for d in api/OpenIntegrationData.Api/Ide/node_modules widgets/node_modules widgets/dist; do
      if [[ -d "$repo/$d" ]]; then mkdir -p "$src/$(dirname "$d")"; cp -a "$repo/$d" "$src/$d"; fi
    done
  else
    version="$version+worktree"
  fi
  publish="$work/publish"
  log "dotnet publish -c Release of $version (artifacts in $ARTIFACTS)"
  dotnet publish "$src/api/OpenIntegrationData.Api/OpenIntegrationData.Api.csproj" -c Release -nologo -v q \
    --artifacts-path "$ARTIFACTS" -o "$publish" >"$work/publish.log" 2>&1 \
    || { tail -30 "$work/publish.log" >&2; exit 1; }
fi
[[ -f "$publish/OpenIntegrationData.Api.dll" ]] || { echo "no OpenIntegrationData.Api.dll in $publish" >&2; exit 1; }

# --- 2. cluster -------------------------------------------------------------------------------
log "throwaway PostgreSQL cluster on 127.0.0.1:$PG_PORT"
"$H/pg-local.sh" start "$work/pg" "$PG_PORT" >/dev/null
pg_started=1
pgver="$(psql "$DBURL" -XAtc 'show server_version')"

# --- 3. migrations + data -----------------------------------------------------------------------
# Our server migrates at start; with seeding off the database stays empty for the generator.
ours_env=(
  "ConnectionStrings__Postgres=Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
  "Database__SeedWhenEmpty=false"
  "Logging__LogLevel__Default=Warning"
  "RateLimiting__Enabled=false"
  "DOTNET_CLI_TELEMETRY_OPTOUT=1"
)
if [[ -n "${OURS_ENV:-}" ]]; then read -ra extra_env <<<"$OURS_ENV"; ours_env+=("${extra_env[@]}"); fi
start_ours() {  # LOGFILE; sets ours_pid
  (cd "$publish" && exec env "${ours_env[@]}" dotnet OpenIntegrationData.Api.dll --urls "http://127.0.0.1:$OURS_PORT") >"$1" 2>&1 &
  ours_pid=$!; pids+=("$ours_pid")
}
stop_pid() { kill "$1" 2>/dev/null; wait "$1" 2>/dev/null || true; }
wait_url() {  # URL SECONDS [post]
  local deadline=$(( SECONDS + $2 ))
  while (( SECONDS < deadline )); do
    if [[ "${3:-}" == post ]]; then
      curl -sf -m 2 -o /dev/null -X POST -H 'Content-Type: application/json' --data '{"query":"{__typename}"}' "$1" && return 0
    else
      curl -sf -m 2 -o /dev/null "$1" && return 0
    fi
    sleep 0.5
  done
  return 1
}

log "migrating (our server, seeding off)"
start_ours "$work/ours-migrate.log"
wait_url "http://127.0.0.1:$OURS_PORT/health" 120 || { echo "our server did not become healthy:" >&2; tail -30 "$work/ours-migrate.log" >&2; exit 1; }
stop_pid "$ours_pid"
log "generating data (scale $SCALE)"
psql "$DBURL" -X -q -v ON_ERROR_STOP=1 -v scale="$SCALE" -f "$here/generate.sql" >"$work/generate.log"
# generate.sql's own vacuum leaves the visibility map empty (PostgreSQL 15, same session as the inserts:
# relallvisible 0 of 1 715 pages), and then no count is answered from an index alone. Autovacuum gets
# there on a live server; a vacuum in a session of its own gets there now.
psql "$DBURL" -X -q -c 'vacuum analyze'
# Our bookkeeping tables are no part of the compared API; search_entry's node_id column would even clash with
# PostGraphile's own nodeId field and stop it. Hidden from PostGraphile (smart comment) in this throwaway database only.
psql "$DBURL" -X -q -c "do \$\$ declare t text; begin foreach t in array array['search_entry', 'data_version'] loop
  if to_regclass(t) is not null then execute format('comment on table %I is %L', t, '@omit'); end if; end loop; end \$\$"
rows="$(psql "$DBURL" -XAtc "select (select count(*) from population_observation) || ' population observations, ' || (select count(*) from indicator_observation) || ' indicator observations, ' || (select count(*) from programme) || ' programmes, ' || (select count(*) from district) || ' districts'")"
log "$rows"

# --- 4. servers ----------------------------------------------------------------------------------
log "starting PostGraphile on 127.0.0.1:$PGL_PORT"
PGL_SCHEMA=public "$H/peer-postgraphile.sh" "$PGL_PORT" "$DBURL" >"$work/postgraphile.log" 2>&1 &
pids+=("$!")
wait_url "$PGL_URL" 90 post || { echo "PostGraphile did not start:" >&2; tail -20 "$work/postgraphile.log" >&2; exit 1; }
pglver="$(cd "$H" && node -p "require('./node_modules/postgraphile/package.json').version")"

log "starting our server on 127.0.0.1:$OURS_PORT"
start_ours "$work/ours.log"
wait_url "http://127.0.0.1:$OURS_PORT/health" 120 || { echo "our server did not start:" >&2; tail -30 "$work/ours.log" >&2; exit 1; }

# --- 5. same data ---------------------------------------------------------------------------------
check_md="not run (CHECK=0)"
if [[ "${CHECK:-1}" == 1 ]]; then
  log "checking that every shape returns the same data (ours, PostGraphile, SQL)"
  if "$here/check.sh" "$OURS_URL" "$PGL_URL" "$DBURL" >"$work/check.log" 2>&1; then
    check_md="all $(grep -c '== sql' "$work/check.log") pairs equal"
  else
    cat "$work/check.log" >&2; echo "the servers do not return the same data; numbers would mean nothing" >&2; exit 1
  fi
fi

queries=()
for f in "$here"/queries/sql/q*.sql; do
  n="$(basename "$f" .sql)"
  if [[ -n "${ONLY:-}" && " $ONLY " != *" $n "* ]]; then continue; fi
  queries+=("$n")
done

body_of() {  # QUERYFILE -> JSON request body
  local vars="${1%.graphql}.variables.json"
  if [[ -f "$vars" ]]; then jq -Rs --slurpfile v "$vars" '{query: ., variables: $v[0]}' "$1"; else jq -Rs '{query: .}' "$1"; fi
}

# --- 6. statements per request -------------------------------------------------------------------
# log_statement=all for a moment; the log line prefix names the client (our data source sets
# application_name OpenIntegrationData). Npgsql's pooled-connection reset (DISCARD ALL) counts as a
# statement: it travels with the next query in one round-trip but is still parsed and run.
declare -A stmts_ours stmts_pgl
pglog="$work/pg/postgres.log"
psql "$DBURL" -XAtq -c "alter system set log_line_prefix = '[%a] '" -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" >/dev/null
sleep 1
count_statements() {  # URL QUERYFILE APPNAME-PATTERN -> statements per request over 10 requests
  local before after body
  body="$(body_of "$2")"
  before="$(grep -cE "^\[$3\] LOG:  (statement|execute)" "$pglog" || true)"
  for _ in 1 2 3 4 5 6 7 8 9 10; do curl -s -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary "$body" "$1"; done
  sleep 0.3
  after="$(grep -cE "^\[$3\] LOG:  (statement|execute)" "$pglog" || true)"
  awk -v a="$after" -v b="$before" 'BEGIN { printf "%.1f", (a - b) / 10 }'
}
for n in "${queries[@]}"; do
  stmts_ours[$n]="$(count_statements "$OURS_URL" "$here/queries/ours/$n.graphql" 'OpenIntegrationData')"
  # PostGraphile's connections have no application_name ("[unknown]"); nothing else runs meanwhile
  stmts_pgl[$n]="$(count_statements "$PGL_URL" "$here/queries/postgraphile/$n.graphql" '.*')"
done
psql "$DBURL" -XAtq -c "alter system reset log_statement" -c "alter system reset log_line_prefix" -c "select pg_reload_conf()" >/dev/null

# --- 7. load ---------------------------------------------------------------------------------------
field() { sed -nE "s/.* $1=([^ ]+).*/\1/p" <<<"$2"; }
fmt0() { [[ -n "$1" ]] && printf '%.0f' "$1" || printf -- '-'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b > 0) printf "%.2f", a / b; else printf "-" }'; }
# Bytes one response takes on the wire (status line, headers, body as sent). When wrk's byte total is
# requests x this, every response under load was the same size as the checked error-free one.
wire_bytes() {  # URL QUERYFILE
  curl -s --raw -D - -o - -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' \
       --data-binary "$(body_of "$2")" "$1" | wc -c
}
same_size() {  # RESULTLINE EXPECTED-BYTES -> "all" / "all, +N B" / "NO (...)"
  local bytes req diff
  bytes="$(field bytes "$1")"; req="$(field requests "$1")"
  [[ -n "$bytes" && -n "$req" && "$req" -gt 0 ]] || { echo "-"; return; }
  diff=$(( bytes - req * $2 ))
  if (( diff == 0 )); then echo "all"
  # wrk counts the bytes of every read but only whole responses: a response it was still reading when the
  # time was up adds less than one response's bytes per connection. Anything else is a different answer.
  elif (( diff > 0 && diff < $2 * CONC )); then echo "all, +$diff B (reads cut off at the end, under one response per connection)"
  else echo "NO ($diff B off over $req responses of $2 B)"; fi
}

peak_kb() { sed -nE 's/^VmHWM:\s+([0-9]+) kB/\1/p' "/proc/$ours_pid/status" 2>/dev/null || echo 0; }
rows_md=(); detail_md=()
for n in "${queries[@]}"; do
  log "$n: wrk -> PostGraphile (c=$CONC, ${SECS}s)"
  pw="$(QUIET=1 "$H/load.sh" "$PGL_URL" "$here/queries/postgraphile/$n.graphql" "$CONC" "$SECS" 2>&1 | tail -1)" || true
  log "$n: wrk -> ours (c=$CONC, ${SECS}s)"
  ow="$(QUIET=1 "$H/load.sh" "$OURS_URL" "$here/queries/ours/$n.graphql" "$CONC" "$SECS" 2>&1 | tail -1)" || true
  log "$n: pgbench -M prepared (c=$CONC, ${SECS}s)"
  pb="$(QUIET=1 WARMUP=2 "$H/baseline-pgbench.sh" "$DBURL" "$CONC" "$SECS" "$here/queries/sql/$n.sql" 2>&1 | tail -1)" || true
  [[ -z "$(field rps "$ow")" ]] && echo "  ours: $ow" >&2
  [[ -z "$(field rps "$pw")" ]] && echo "  postgraphile: $pw" >&2
  [[ -z "$(field tps "$pb")" ]] && echo "  pgbench: $pb" >&2
  ors="$(field rps "$ow")"; prs="$(field rps "$pw")"; tps="$(field tps "$pb")"
  rows_md+=("| $n | $(fmt0 "$ors") | $(field p50_ms "$ow") | $(field p99_ms "$ow") | $(field non2xx "$ow") | $(fmt0 "$prs") | $(field p50_ms "$pw") | $(field p99_ms "$pw") | $(field non2xx "$pw") | $(fmt0 "$tps") | **$(ratio "$ors" "$prs")×** | $(awk -v a="$ors" -v b="$tps" 'BEGIN { if (a != "" && b > 0) printf "%.0f%%", 100 * a / b; else printf "-" }') |")
  detail_md+=("| $n | ${stmts_ours[$n]} | ${stmts_pgl[$n]} | $(same_size "$ow" "$(wire_bytes "$OURS_URL" "$here/queries/ours/$n.graphql")") | $(same_size "$pw" "$(wire_bytes "$PGL_URL" "$here/queries/postgraphile/$n.graphql")") | $(field sockerr "$ow")/$(field timeouts "$ow") | $(( $(peak_kb) / 1024 )) |")
done
peak_mb=$(( $(peak_kb) / 1024 ))

# HTTP floor: the harness's minimal ASP.NET Core endpoint answering with our q1 response bytes (no GraphQL,
# no database) — what HTTP alone costs on this box, i.e. the ceiling any server here shares with PostgreSQL.
floor_md=""
if [[ "${FLOOR:-1}" == 1 ]] && ! port_busy "$FLOOR_PORT"; then
  curl -s -X POST -H 'Content-Type: application/json' --data-binary "$(body_of "$here/queries/ours/q1.graphql")" "$OURS_URL" >"$work/q1-response.json"
  floor_dll="$H/http-floor/bin/Release/net10.0/HttpFloor.dll"
  if [[ ! -f "$floor_dll" ]]; then
    log "building the harness's ASP.NET Core HTTP floor"
    (cd "$H/http-floor" && dotnet build HttpFloor.csproj -c Release -nologo -v q >"$work/floor-build.log" 2>&1) || true
  fi
  if [[ -f "$floor_dll" ]]; then
    dotnet "$floor_dll" --urls "http://127.0.0.1:$FLOOR_PORT" --response "$work/q1-response.json" >"$work/floor.log" 2>&1 &
    floor_pid=$!; pids+=("$floor_pid")
    if wait_url "http://127.0.0.1:$FLOOR_PORT/graphql" 30 post; then
      log "floor: ASP.NET Core minimal endpoint (c=$CONC, ${SECS}s)"
      fl="$(QUIET=1 "$H/load.sh" "http://127.0.0.1:$FLOOR_PORT/graphql" "$here/queries/ours/q1.graphql" "$CONC" "$SECS" 2>&1 | tail -1)" || true
      floor_md="ASP.NET Core minimal endpoint with q1's $(wc -c <"$work/q1-response.json")-byte response, no GraphQL, no database (harness http-floor), same run: **$(fmt0 "$(field rps "$fl")") req/s**, p50 $(field p50_ms "$fl") ms, p99 $(field p99_ms "$fl") ms."
    fi
    stop_pid "$floor_pid"
  fi
fi
rss_mb=$(( $(sed -nE 's/^VmRSS:\s+([0-9]+) kB/\1/p' "/proc/$ours_pid/status" 2>/dev/null || echo 0) / 1024 ))

# --- 7b. widget traffic: cache on and off side by side ---------------------------------------------
# Many pages embed the same few widgets: the (districts x 10 years) distinct widget questions, latest year first, are
# asked with Zipf-distributed popularity (rank k with weight 1/k^WIDGET_ZIPF). Ours gets them as GETs (what the widgets
# send, cacheable), PostGraphile as POSTs (it has no GET); then ours again with its response cache off, so the
# comparison stays honest.
widget_md=()
if [[ "${WIDGETS:-1}" == 1 ]]; then
  ZIPF="${WIDGET_ZIPF:-1.0}"
  ndist="$(psql "$DBURL" -XAtc 'select count(*) from district')"
  jq -rn --rawfile q "$here/queries/ours/widget.graphql" --argjson n "$ndist" \
    'range(2024; 2014; -1) as $y | range(1; $n + 1) as $d | "/graphql?query=\($q | @uri)&variables=\({district: ("District:\($d)" | @base64), year: $y} | tojson | @uri)"' >"$work/widget-ours.txt"
  jq -cn --rawfile q "$here/queries/postgraphile/widget.graphql" --argjson n "$ndist" \
    'range(2024; 2014; -1) as $y | range(1; $n + 1) as $d | {query: $q, variables: {district: "\($d)", year: $y}}' >"$work/widget-pgl.txt"
  ndistinct="$(wc -l <"$work/widget-ours.txt")"
  # the share of requests the 5 and the 1 % most asked questions get under this distribution
  zipf_share() { awk -v n="$ndistinct" -v s="$ZIPF" -v top="$1" 'BEGIN { for (k = 1; k <= n; k++) { w = 1 / k ^ s; t += w; if (k <= top) h += w } printf "%.0f%%", 100 * h / t }'; }
  top1pct=$(( (ndistinct + 99) / 100 ))
  for probe in "$(curl -s "http://127.0.0.1:$OURS_PORT$(head -1 "$work/widget-ours.txt")")" \
               "$(curl -s -X POST -H 'Content-Type: application/json' --data-binary "$(head -1 "$work/widget-pgl.txt")" "$PGL_URL")"; do
    [[ "$probe" == *'"nodes":[{'* && "$probe" != *'"errors"'* ]] || { echo "widget request failed: $probe" >&2; exit 1; }
  done
  threads=$(( CONC < $(nproc) ? CONC : $(nproc) ))
  mix() {  # URL REQUESTS get|post -> RESULT line (after a discarded warm-up)
    wrk -t"$threads" -c"$CONC" -d"${WARMUP}s" -s "$here/widget-mix.lua" "$1" -- "$2" "$3" "$ZIPF" >/dev/null 2>&1 || true
    wrk -t"$threads" -c"$CONC" -d"${SECS}s" --timeout 5s -s "$here/widget-mix.lua" "$1" -- "$2" "$3" "$ZIPF" 2>&1 | grep '^RESULT' || true
  }
  widget_row() {  # LABEL RESULT BASE-RPS
    echo "| $1 | $(fmt0 "$(field rps "$2")") | $(field p50_ms "$2") | $(field p99_ms "$2") | $(field non2xx "$2") | $(ratio "$(field rps "$2")" "$3")× |"
  }
  log "widgets: wrk -> PostGraphile (POST, c=$CONC, ${SECS}s)"
  wp="$(mix "$PGL_URL" "$work/widget-pgl.txt" post)"
  log "widgets: wrk -> ours, response cache on (GET)"
  won="$(mix "http://127.0.0.1:$OURS_PORT" "$work/widget-ours.txt" get)"
  widget_peak_mb=$(( $(peak_kb) / 1024 ))
  stop_pid "$ours_pid"
  ours_env+=("GraphQL__ResponseCache__Enabled=false")
  start_ours "$work/ours-nocache.log"
  wait_url "http://127.0.0.1:$OURS_PORT/health" 120 || { echo "our server did not restart:" >&2; tail -30 "$work/ours-nocache.log" >&2; exit 1; }
  # A fresh process: JIT tiers, the pool and prepared statements warm up before anything is measured.
  wrk -t"$threads" -c"$CONC" -d"${WIDGET_RESTART_WARMUP:-5}s" -s "$here/widget-mix.lua" "http://127.0.0.1:$OURS_PORT" -- "$work/widget-ours.txt" get "$ZIPF" >/dev/null 2>&1 || true
  log "widgets: wrk -> ours, response cache off (GET)"
  woff="$(mix "http://127.0.0.1:$OURS_PORT" "$work/widget-ours.txt" get)"
  widget_off_peak_mb=$(( $(peak_kb) / 1024 ))
  pbase="$(field rps "$wp")"
  widget_md+=("$(widget_row "ours, response cache on (GET)" "$won" "$pbase")")
  widget_md+=("$(widget_row "ours, response cache off (GET)" "$woff" "$pbase")")
  widget_md+=("$(widget_row "PostGraphile (POST; it has no cache)" "$wp" "$pbase")")
fi

# --- 8. report --------------------------------------------------------------------------------------
ts="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
report="$(
  echo "Run $ts on $(hostname): $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM, load before the run: $loadavg_start;"
  echo "PostgreSQL $pgver, PostGraphile $pglver on Node $(node --version), our API $version published Release on .NET $(dotnet --version), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2);"
  echo "concurrency $CONC, ${SECS} s per measurement after ${WARMUP} s (wrk) / 2 s (pgbench) warm-up; data (scale $SCALE): $rows."
  echo "Command: \`CONC=$CONC SECS=$SECS SCALE=$SCALE${ONLY:+ ONLY=\"$ONLY\"}${OURS_ENV:+ OURS_ENV=\"$OURS_ENV\"} benchmarks/load/run.sh\`. Same data: $check_md."
  echo
  echo "| shape | ours req/s | ours p50 ms | ours p99 ms | ours non-2xx | PostGraphile req/s | PGL p50 ms | PGL p99 ms | PGL non-2xx | pgbench tps | ours ÷ PostGraphile | ours ÷ pgbench |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows_md[@]}"
  echo
  echo "Our server's peak memory (VmHWM of the one dotnet process, whole run): **$peak_mb MB** (RSS at the end $rss_mb MB)."
  if [[ -n "$floor_md" ]]; then echo; echo "HTTP floor: $floor_md"; fi
  echo
  echo "| shape | statements/request ours | statements/request PostGraphile | ours: responses the size of the checked error-free one | PostGraphile: same | ours socket errors/timeouts | ours VmHWM after shape (MB) |"
  echo "|---|---:|---:|---|---|---:|---:|"
  printf '%s\n' "${detail_md[@]}"
  if (( ${#widget_md[@]} )); then
    echo
    echo "Widget traffic: $ndistinct distinct widget questions (q2's shape for every district and year, by GET to ours, POST to PostGraphile), Zipf popularity with exponent $ZIPF: the 5 most asked get $(zipf_share 5) of the requests, the $top1pct most asked (1 %) $(zipf_share "$top1pct"). Our peak memory (VmHWM) with the cache on, whole run up to the end of the mix: **$widget_peak_mb MB**; the restarted process with the cache off: $widget_off_peak_mb MB."
    echo
    echo "| widget mix | req/s | p50 ms | p99 ms | non-2xx | ÷ PostGraphile |"
    echo "|---|---:|---:|---:|---:|---:|"
    printf '%s\n' "${widget_md[@]}"
  fi
)"
mkdir -p "$here/results"
echo "$report" >"$here/results/run-$(date -u +%Y%m%dT%H%M%SZ).md"
echo
echo "$report"
