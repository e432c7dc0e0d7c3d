-- wrk script: POST /check with a multipart/form-data body of six files,
-- built by run.sh into $HEXAGLOT_CHECK_BODY with boundary $HEXAGLOT_BOUNDARY.
local file = assert(io.open(os.getenv("HEXAGLOT_CHECK_BODY"), "rb"))
local body = file:read("*a")
file:close()

wrk.method = "POST"
wrk.path = "/check"
wrk.body = body
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. os.getenv("HEXAGLOT_BOUNDARY")
wrk.headers["Accept"] = "application/json"

local failures = 0
response = function(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("check: non-200 answers seen by the script: %d\n", failures))
end
