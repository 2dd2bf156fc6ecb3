-- wrk script: sends requests picked at random (uniformly, seeded per thread) from the file named by the
-- environment variable WRK_REQUESTS. One request per line, tab-separated:
--   METHOD <tab> PATH <tab> BODY or - <tab> Header: value <tab> Header: value ...
-- bench/java/guanxibench/Prepare.java writes these files; pgbench runs the same cases as SQL.
-- At the end it prints one machine-readable line, WRKRESULT key=value ..., latencies in microseconds.

local threads = {}

function setup(thread)
   thread:set("thread_number", #threads + 1)
   table.insert(threads, thread)
end

local requests = {}

function init(args)
   local file = os.getenv("WRK_REQUESTS")
   if file == nil then
      error("set WRK_REQUESTS to a requests file")
   end
   for line in io.lines(file) do
      if line ~= "" then
         local fields = {}
         for field in (line .. "\t"):gmatch("([^\t]*)\t") do
            table.insert(fields, field)
         end
         local headers = {}
         for i = 4, #fields do
            local name, value = fields[i]:match("^([^:]+):%s*(.*)$")
            headers[name] = value
         end
         local body = fields[3]
         if body == "-" then
            body = nil
         end
         table.insert(requests, wrk.format(fields[1], fields[2], headers, body))
      end
   end
   math.randomseed(7919 * (thread_number or 1))
end

function request()
   return requests[math.random(#requests)]
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      "WRKRESULT requests=%d duration_us=%d errors_connect=%d errors_read=%d errors_write=%d errors_status=%d " ..
      "errors_timeout=%d p50=%d p90=%d p99=%d p999=%d max=%d mean=%.1f\n",
      summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
      latency.max, latency.mean))
end
