-- wrk script: "widget traffic" — the same few widget questions asked over and over by many pages, and a long tail of
-- distinct ones. Each request is one line of REQUESTS (path after `--`): for GET a path with the query string, for
-- POST a JSON body. With probability HOT (default 0.9) the request is one of the first NHOT lines (default 5),
-- otherwise any line; the choice is seeded, so every run sends the same sequence.
-- usage: wrk -t2 -c16 -d10s -s widget-mix.lua URL -- REQUESTS get|post [HOT] [NHOT]
local lines, method, hot, nhot = {}, "get", 0.9, 5
local counter = 0

function init(args)
  for line in io.lines(args[1]) do lines[#lines + 1] = line end
  method = args[2] or "get"
  hot = tonumber(args[3] or "0.9")
  nhot = math.min(tonumber(args[4] or "5"), #lines)
  math.randomseed(42 + counter)
end

function setup(thread)
  counter = counter + 1
  thread:set("counter", counter)
end

function request()
  local line
  if math.random() < hot then line = lines[math.random(nhot)] else line = lines[math.random(#lines)] end
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
