-- The benchmark's request mix for wrk: cycles through ready-made HTTP/1.1 requests.
--
--     wrk -t1 -c32 -d10s -s bench/wrk_mix.lua http://127.0.0.1:PORT -- MIX_FILE
--
-- MIX_FILE holds the requests bench/mock_bench.py builds (GET list, GET detail, POST with a valid
-- JSON body, each with `Authorization: JWT <token>` from the mock's token endpoint), byte for byte
-- the ones bench/loadgen.py sends: each is a line with its length in bytes, then the raw request.
-- At the end one line `JSON {...}` gives the totals the benchmark reads.

local mix = {}
local sent = 0

function init(args)
  local file = assert(io.open(args[1], "rb"))
  local data = file:read("*a")
  file:close()
  local position = 1
  while position <= #data do
    local newline = assert(data:find("\n", position, true))
    local size = assert(tonumber(data:sub(position, newline - 1)))
    mix[#mix + 1] = data:sub(newline + 1, newline + size)
    position = newline + size + 1
  end
  assert(#mix > 0, "the mix file holds no request")
end

function request()
  sent = sent + 1
  return mix[(sent % #mix) + 1]
end

function done(summary, latency, _)
  local errors = summary.errors
  io.write(string.format(
    'JSON {"requests": %d, "duration_us": %d, "non_2xx_3xx": %d, "connect": %d, "read": %d, '
      .. '"write": %d, "timeout": %d, "p50_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration, errors.status, errors.connect, errors.read,
    errors.write, errors.timeout, latency:percentile(50), latency:percentile(99)
  ))
end
