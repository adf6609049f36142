-- wrk script: POST /api/episodes as one signed-in user.
-- Arguments (after "--"): bearer token, first day as Unix seconds (UTC midnight).
-- With BENCH_IDS=<file> in the environment (the durability check), every id answered 201 is appended to that file,
-- so it holds exactly the acknowledged writes; without it there is no response hook and wrk stays as cheap as it can.
-- Bodies are prepared once per thread; startedAtLocal walks through 360 days between 10:00 and 21:59, so each lands
-- on its own calendar date as its diary day.

local requests = {}
local next_request = 0
local acknowledged = nil

function init(args)
  local token, first = args[1], tonumber(args[2])
  wrk.method = "POST"
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Content-Type"] = "application/json"
  for n = 0, 1999 do
    local at = os.date("!%Y-%m-%dT%H:%M", first + (n % 360) * 86400 + 10 * 3600 + ((n * 37) % 720) * 60)
    local body = string.format(
      '{"startedAtLocal":"%s","durationSeconds":%d,"muscle":"calf","side":"left","severity":%d}',
      at, 30 + n % 300, n % 11)
    requests[n + 1] = wrk.format(nil, "/api/episodes", nil, body)
  end
  local ids = os.getenv("BENCH_IDS")
  if ids then
    acknowledged = assert(io.open(ids, "a"))
  end
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

if os.getenv("BENCH_IDS") then
  function response(status, headers, body)
    if status == 201 then
      local id = body:match('"id":"([%x%-]+)"')
      acknowledged:write(id or "?", "\n")
      acknowledged:flush()
    end
  end
end
