-- wrk script: each request takes the next path from queries.txt (or the file in QUERIES).
local paths = {}
-- A browser's name, so the app counts each results page as it counts a person's
-- (impressions of posting activity): the benchmark pays what people's searches pay.
wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
local file = os.getenv("QUERIES") or "bench/queries.txt"
for line in io.lines(file) do
  if line ~= "" and line:sub(1, 1) ~= "#" then paths[#paths + 1] = line end
end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d non2xx=%d rps=%.1f p50=%.1f p95=%.1f p99=%.1f\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
