-- wrk script: "widget traffic" — a few widget questions asked over and over by many pages and a long tail of distinct
-- ones. Each request is one line of REQUESTS (path after `--`): for GET a path with its query string, for POST a JSON
-- body. The line of rank k (1 = the first) is chosen with probability proportional to 1 / k^S (Zipf, S default 1.0);
-- the choice is seeded per thread, so every run sends the same sequences.
-- usage: wrk -t2 -c16 -d10s -s widget-mix.lua URL -- REQUESTS get|post [S]
local lines, method, cdf = {}, "get", {}
local counter = 0

function init(args)
  for line in io.lines(args[1]) do lines[#lines + 1] = line end
  method = args[2] or "get"
  local s = tonumber(args[3] or "1.0")
  local total = 0
  for k = 1, #lines do total = total + 1 / k ^ s; cdf[k] = total end
  for k = 1, #lines do cdf[k] = cdf[k] / total end
  math.randomseed(42 + (counter or 0))
end

function setup(thread)
  counter = counter + 1
  thread:set("counter", counter)
end

-- the smallest rank whose cumulative probability reaches u (binary search)
local function rank(u)
  local lo, hi = 1, #cdf
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if cdf[mid] < u then lo = mid + 1 else hi = mid end
  end
  return lo
end

function request()
  local line = lines[rank(math.random())]
  if method == "get" then
    return wrk.format("GET", line, { ["Accept"] = "application/json" })
  end
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, line)
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_ms=%.2f requests=%d non2xx=%d sockerr=%d timeouts=%d bytes=%d secs=%.2f\n",
    summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000,
    summary.requests, e.status, e.connect + e.read + e.write, e.timeout,
    summary.bytes, secs))
end
