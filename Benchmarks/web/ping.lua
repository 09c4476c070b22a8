-- Baseline: the trivial JSON endpoint (GET /api/v1/ping), same server, same connections.
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or ".") .. "/?.lua"
local report = require("report")
wrk.method = "GET"
wrk.path = "/api/v1/ping"
done = report.done("ping")
