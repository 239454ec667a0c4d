#!/usr/bin/env bash
# check.sh OURS_URL POSTGRAPHILE_URL DBURL
# Proves that the three spellings of each shape return the same data:
#   queries/ours/qN.graphql on our server          == queries/sql/qN.sql (the JSON it builds), exactly;
#   queries/postgraphile/qN.graphql on PostGraphile, mapped to our spelling by
#   queries/postgraphile/normalise.jq              == the same SQL document.
# Key order is ignored (jq -S). Any GraphQL error or difference fails (exit 1). ONLY="q1 q3" checks a subset.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[[ $# -eq 3 ]] || { echo "usage: $0 OURS_URL POSTGRAPHILE_URL DBURL" >&2; exit 2; }
ours="$1"; pgl="$2"; db="$3"
for u in "$ours" "$pgl"; do
  case "$u" in http://127.0.0.1*|http://localhost*|http://\[::1\]*) ;; *) echo "URLs must be loopback" >&2; exit 2 ;; esac
done
q_dir="$here/queries"

# POSTs a .graphql file (with its .variables.json sibling when present); prints the `data` member, or fails on errors.
fetch() {
  local url="$1" file="$2" vars="${2%.graphql}.variables.json" body resp
  if [[ -f "$vars" ]]; then body="$(jq -Rs --slurpfile v "$vars" '{query: ., variables: $v[0]}' "$file")"
  else body="$(jq -Rs '{query: .}' "$file")"; fi
  resp="$(curl -sS -m 30 -X POST -H 'Content-Type: application/json' --data-binary "$body" "$url")"
  if ! jq -e '(.data != null) and ((.errors // []) | length == 0)' >/dev/null <<<"$resp"; then
    echo "errors from $url for $(basename "$file"): ${resp:0:400}" >&2; return 1
  fi
  jq -c '.data' <<<"$resp"
}

rc=0
for s in "$q_dir"/sql/q*.sql; do
  n="$(basename "$s" .sql)"
  if [[ -n "${ONLY:-}" && " $ONLY " != *" $n "* ]]; then continue; fi
  want="$(psql "$db" -XAtq -v ON_ERROR_STOP=1 -f "$s" | jq -cS '.')"
  a="$(fetch "$ours" "$q_dir/ours/$n.graphql" | jq -cS '.')" || { rc=1; continue; }
  b="$(fetch "$pgl" "$q_dir/postgraphile/$n.graphql" | jq -cS --arg q "$n" -f "$q_dir/postgraphile/normalise.jq")" || { rc=1; continue; }
  for pair in "ours:$a" "postgraphile:$b"; do
    who="${pair%%:*}"; got="${pair#*:}"
    if [[ "$got" == "$want" ]]; then
      echo "$n: $who == sql (${#want} bytes of JSON)"
    else
      echo "$n: $who DIFFERS from sql:"; diff <(jq -S . <<<"$got") <(jq -S . <<<"$want") | head -20; rc=1
    fi
  done
done
exit $rc
