-- Paced requests for wrk (tools/read-path-benchmark): each of the CONNECTIONS connections waits between two
-- requests so that together they send about RATE requests per second; the paths, one per line in the file PATHS,
-- are taken in turn. wrk measures each request's own latency.
local rate = tonumber(os.getenv("RATE") or "500")
local connections = tonumber(os.getenv("CONNECTIONS") or "32")
-- a connection's cycle is its pause plus the request's own latency (about 2.5 ms at this rate), so the pause is that
-- much shorter than connections / rate
local pause = math.max(0, 1000 * connections / rate - 2.5)
local paths = {}
local file = os.getenv("PATHS")
if file then
  for line in io.lines(file) do
    paths[#paths + 1] = line
  end
end
local n = math.random(1, 1000)

function request()
  n = n + 1
  if #paths > 0 then
    return wrk.format("GET", paths[(n % #paths) + 1])
  end
  return wrk.format("GET")
end

function delay()
  return pause
end
