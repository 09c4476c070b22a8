-- Shared by the wrk scripts: prints one machine-readable line after the run.
local M = {}
function M.done(name)
  return function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local non2xx = summary.errors.status
    local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT name=%s requests=%d rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
      name, summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, non2xx, socket))
  end
end
return M
