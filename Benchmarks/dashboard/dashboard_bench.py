"""Measures the home dashboard on a seeded Mend: logs in as partners spread across the seeded
couples, then runs wrk against the JSON dashboard and the HTML home page, rotating between them."""
import argparse
import json
import os
import re
import subprocess
import tempfile
import urllib.request

LUA = r"""
local tokens = {}
for token in string.gmatch(os.getenv("BENCH_TOKENS"), "[^,]+") do tokens[#tokens + 1] = token end
local path = os.getenv("BENCH_PATH")
local n = 0
request = function()
  n = n + 1
  local token = tokens[(n % #tokens) + 1]
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token, ["Cookie"] = "mend_session=" .. token })
end
"""


def login(base, email, password):
    body = json.dumps({"email": email, "password": password}).encode()
    request = urllib.request.Request(base + "/api/v1/login", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)["token"]


def wrk(base, path, tokens, seconds, connections):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA)
    env = dict(os.environ, BENCH_TOKENS=",".join(tokens), BENCH_PATH=path)
    out = subprocess.run(
        ["wrk", "-t", str(min(2, connections)), "-c", str(connections), "-d", f"{seconds}s", "--latency", "-s", script.name, base],
        env=env, capture_output=True, text=True, check=True).stdout
    def ms(label):
        match = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        if not match:
            return float("nan")
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"p50": ms("50%"), "p99": ms("99%"), "rate": rate, "errors": int(errors.group(1)) if errors else 0}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--instance", required=True)
    parser.add_argument("--couples", type=int, required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--label", required=True)
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=4)
    args = parser.parse_args()
    picks = sorted({0, args.couples // 7, args.couples // 3, args.couples // 2, (2 * args.couples) // 3, args.couples - 1})
    tokens = [login(args.instance, f"seed{index}{side}@example.com", args.password) for index in picks for side in "ab"]
    for path, name in [("/api/v1/dashboard", "JSON dashboard"), ("/", "HTML home page")]:
        # One client alone gives the time of one request; several show it under load.
        for connections in (1, args.connections):
            result = wrk(args.instance, path, tokens, args.seconds, connections)
            print(f"{args.label:<28} {name:<16} {connections} client{'s' if connections > 1 else ' '}  "
                  f"p50 {result['p50']:7.2f} ms  p99 {result['p99']:7.2f} ms  {result['rate']:8.0f} req/s  "
                  f"non-2xx {result['errors']}", flush=True)


if __name__ == "__main__":
    main()
