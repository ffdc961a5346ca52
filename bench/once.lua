-- wrk script for the long-tail mix: every request takes a path no other request of the
-- run takes (the file in QUERIES, split between wrk's threads); if the run outlasts the
-- file it starts over, and the result line says how often that happened (wrapped=).
local paths = {}
-- A browser's name, so the app counts each results page as it counts a person's
-- (impressions of posting activity): the benchmark pays what people's searches pay.
wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
local threads = {}
local counter = 0

setup = function(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

init = function(args)
  local file = os.getenv("QUERIES")
  local nthreads = tonumber(os.getenv("THREADS") or "2")
  local n = 0
  for line in io.lines(file) do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      n = n + 1
      if (n - id) % nthreads == 0 then paths[#paths + 1] = line end
    end
  end
  i = 0
  wrapped = 0
end

request = function()
  i = i + 1
  if i > #paths then i = 1; wrapped = wrapped + 1 end
  return wrk.format("GET", paths[i])
end

done = function(summary, latency, requests)
  local wraps = 0
  for _, thread in ipairs(threads) do wraps = wraps + (thread:get("wrapped") or 0) end
  io.write(string.format("RESULT requests=%d errors=%d non2xx=%d rps=%.1f p50=%.1f p95=%.1f p99=%.1f wrapped=%d\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, wraps))
end
