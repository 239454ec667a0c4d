#!/usr/bin/env python3
"""Replays the attacks of issue 13 against a running API on 127.0.0.1 and prints, per attack, the
requests sent, the status codes seen, the slowest answer, and the server's resident memory after it.

    benchmarks/abuse/attack.py --url http://127.0.0.1:5000 --pid <server pid>

Every attack is bounded in count and time (at most a few hundred requests, 60 s per request); only
127.0.0.1 and localhost are accepted. Standard library only."""

import argparse
import collections
import concurrent.futures
import hashlib
import json
import time
import urllib.error
import urllib.parse
import urllib.request

TIMEOUT = 60


def post(url, body, headers=None):
    data = json.dumps(body).encode()
    request = urllib.request.Request(url + "/graphql", data=data, method="POST")
    request.add_header("Content-Type", "application/json")
    request.add_header("Accept", "application/graphql-response+json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    return send(request)


def get(url, path):
    return send(urllib.request.Request(url + path))


def send(request):
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            body = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        body = error.read()
        status = error.code
    except Exception as error:  # refused, reset, timed out: the attack's effect too
        body = str(error).encode()
        status = type(error).__name__
    return status, time.monotonic() - started, body


def rss_mb(pid):
    if not pid:
        return "?"
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return f"{int(line.split()[1]) / 1024:.0f}"
    return "?"


def in_parallel(count, action):
    with concurrent.futures.ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(lambda _: action(), range(count)))


def fragments_document(count=300):
    parts = ["{ ...F0 }"]
    for i in range(count):
        spreads = " ".join(f"...F{j}" for j in range(i + 1, count))
        parts.append(f"fragment F{i} on Query {{ __typename {spreads} }}")
    return "\n".join(parts)


EXPENSIVE = ("{ populationObservations(first: 50, order: [{ persons: DESC }]) "
             "{ totalCount nodes { year persons municipality { name } district { name } } } }")
CHEAP = "{ sdgGoals(first: 1) { nodes { number } } }"


def attacks(url, apq_padding_mb):
    """(name, description, function returning [(status, seconds, body)])"""
    document = fragments_document()
    yield ("fragments-300", f"{len(document) // 1024} KB, 300 fragments each spreading every later one; 8 clients x 2",
           lambda: [r for rs in in_parallel(8, lambda: [post(url, {"query": document}) for _ in range(2)]) for r in rs])

    def apq():
        results = []
        for i in range(50):
            query = "{ __typename }\n#" + ("x" * (apq_padding_mb * 1024 * 1024)) + str(i)
            sha = hashlib.sha256(query.encode()).hexdigest()
            results.append(post(url, {"query": query, "extensions": {"persistedQuery": {"version": 1, "sha256Hash": sha}}}))
        return results
    yield ("apq-padded", f"50 persisted queries padded with a {apq_padding_mb} MB comment", apq)

    def starve():
        with concurrent.futures.ThreadPoolExecutor(max_workers=18) as pool:
            expensive = [pool.submit(post, url, {"query": EXPENSIVE}) for _ in range(16)]
            time.sleep(0.5)
            cheap = pool.submit(post, url, {"query": CHEAP})
            health = pool.submit(get, url, "/health")
            probe = [("cheap", cheap.result()), ("health", health.result())]
            answers = [f.result() for f in expensive]
        for name, (status, seconds, _) in probe:
            print(f"    during expensive-16: {name} -> {status} in {seconds * 1000:.0f} ms")
        return answers + [probe[0][1], probe[1][1]]
    yield ("expensive-16", "16 concurrent expensive queries, then one cheap query and /health", starve)

    aliases = "{ " + " ".join(f"a{i}: populationObservations(first: 50, where: {{ year: {{ gte: {2000 + i} }} }}) {{ totalCount nodes {{ persons }} }}"
                              for i in range(6)) + " }"
    yield ("aliases-6", "one request with 6 aliases of a total over all rows", lambda: [post(url, {"query": aliases})])

    years = list(range(100_000))
    yield ("in-100k", "year: { in: [100,000 ints] }",
           lambda: [post(url, {"query": "query($y:[Int!]){ populationObservations(first: 1, where: { year: { in: $y } }) { nodes { year } } }",
                                "variables": {"y": years}})])

    yield ("nul-filter", "a NUL byte in a text filter",
           lambda: [post(url, {"query": 'query($t:String){ programmes(first:1, where:{ key:{ contains:$t } }){ nodes { key } } }',
                               "variables": {"t": "a\u0000b"}})])

    yield ("burst-400", "400 requests as fast as one client can send them",
           lambda: [r for rs in in_parallel(8, lambda: [post(url, {"query": "{ __typename }"}) for _ in range(50)]) for r in rs])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:5000")
    parser.add_argument("--pid", type=int, help="the server's process id, for its RSS")
    parser.add_argument("--only", nargs="*", help="attack names to run")
    parser.add_argument("--apq-padding-mb", type=int, default=10, help="size of each persisted query's comment (issue 13.1: 10)")
    args = parser.parse_args()
    host = urllib.parse.urlparse(args.url).hostname
    if host not in ("127.0.0.1", "localhost"):
        raise SystemExit("attacks run against 127.0.0.1 only")

    print(f"RSS before: {rss_mb(args.pid)} MB")
    rows = []
    for name, description, run in attacks(args.url, args.apq_padding_mb):
        if args.only and name not in args.only:
            continue
        started = time.monotonic()
        results = run()
        wall = time.monotonic() - started
        statuses = collections.Counter(str(status) for status, _, _ in results)
        codes = collections.Counter()
        for _, _, body in results:
            try:
                for error in json.loads(body).get("errors", []):
                    codes[error.get("extensions", {}).get("code", "no code")] += 1
            except ValueError:
                pass
        slowest = max(seconds for _, seconds, _ in results)
        rows.append((name, description, len(results), " ".join(f"{s}x{n}" for s, n in sorted(statuses.items())),
                     " ".join(f"{c}x{n}" for c, n in codes.most_common(3)) or "-", f"{slowest:.2f}", f"{wall:.1f}", rss_mb(args.pid)))
        print(f"  {name}: done in {wall:.1f} s")

    print()
    print("| attack | what | requests | statuses | error codes | slowest s | wall s | RSS MB after |")
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")


if __name__ == "__main__":
    main()
