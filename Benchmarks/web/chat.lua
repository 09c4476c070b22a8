-- Mixed chat workload: about 20 % new conversations, 40 % option choices, 40 % free text.
-- Each thread keeps a pool of (conversation id, an offered option id) pairs. A request takes a pair out and the
-- response puts the conversation's new pair back, so no two requests use one conversation at once and every
-- option sent is one the server offered (a 4xx would be a bug, and is counted as non2xx).
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or ".") .. "/?.lua"
local report = require("report")

local texts = {
  "jeg blir mobbet på skolen",
  "sønnen min vil ikke gå på skolen",
  "hva kan jeg gjøre",
  "jeg er bekymret for en elev som er mye borte",
  "vennen min har det ikke bra",
  "hvordan snakker jeg med barnet mitt",
  "qwerty asdf",
}
local pool = {}
local headers = { ["Content-Type"] = "application/json" }

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "1", 16) % 100000)
end

function request()
  local roll = math.random()
  if #pool == 0 or roll < 0.2 then
    return wrk.format("POST", "/api/v1/conversations", headers, '{"locale":"nb"}')
  end
  local pair = table.remove(pool, math.random(#pool))
  local body
  if roll < 0.6 and pair.option then
    body = '{"option":"' .. pair.option .. '"}'
  else
    body = '{"text":"' .. texts[math.random(#texts)] .. '"}'
  end
  return wrk.format("POST", "/api/v1/conversations/" .. pair.id .. "/messages", headers, body)
end

function response(status, headers, body)
  if status ~= 200 and status ~= 201 then return end
  local id
  for candidate in body:gmatch('"id":"(%x+)"') do
    if #candidate == 32 then id = candidate break end
  end
  if not id or body:find('"ended":true', 1, true) then return end
  local options = body:match('"options":%[(.-)%]')
  local option = options and options:match('"id":"([^"]+)"')
  -- Keep the pool bounded: old conversations are simply left to expire, as real ones are.
  if #pool < 2000 then table.insert(pool, { id = id, option = option }) end
end

done = report.done("chat")
