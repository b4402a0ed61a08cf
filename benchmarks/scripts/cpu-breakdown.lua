-- wrk script for cpu-breakdown.sh: ENDPOINT=catalog|detail|order|mix, DELAY_MS between requests per connection.
-- The mix is the benchmark's: browse 60 %, product detail 25 %, place order 15 % (order status left out: it needs ids
-- from answers, which wrk's scripts do not keep).
local endpoint = os.getenv("ENDPOINT") or "mix"
local pause = tonumber(os.getenv("DELAY_MS") or "0")
math.randomseed(42)
wrk.headers["Content-Type"] = "application/json"

local function browse()
  return wrk.format("GET", "/api/catalog/products?page=" .. math.random(0, 49) .. "&size=20")
end

local function detail()
  return wrk.format("GET", "/api/catalog/products/" .. math.random(1, 1000))
end

local function order()
  local lines = {}
  for i = 1, math.random(1, 3) do
    lines[i] = '{"productId":' .. math.random(1, 1000) .. ',"quantity":1}'
  end
  local body = '{"customerId":' .. math.random(1, 200) .. ',"lines":[' .. table.concat(lines, ",") .. ']}'
  return wrk.format("POST", "/api/orders", nil, body)
end

request = function()
  if endpoint == "catalog" then return browse() end
  if endpoint == "detail" then return detail() end
  if endpoint == "order" then return order() end
  local r = math.random(1, 100)
  if r <= 60 then return browse() end
  if r <= 85 then return detail() end
  return order()
end

function delay()
  return pause
end
