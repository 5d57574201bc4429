#!/usr/bin/python3
"""Kernel start to KernelReady, first cell and warm cell, for the workbook kernel and the stock dotnet-interactive,
in one interleaved run, as whole processes over the stdio protocol (the JSON lines VS Code sends).

Usage: bench/kernel-bench.py ROUNDS "OURS COMMAND" "STOCK COMMAND"
e.g.   bench/kernel-bench.py 5 "/tmp/pub/workbook kernel stdio" "artifacts/tools/dotnet-interactive/dotnet-interactive stdio"
"""
import json, os, shlex, statistics, subprocess, sys, time

def run_once(command, workdir):
    env = dict(os.environ, DOTNET_INTERACTIVE_SKIP_FIRST_TIME_EXPERIENCE="1", DOTNET_CLI_TELEMETRY_OPTOUT="1")
    start = time.perf_counter()
    p = subprocess.Popen(shlex.split(command) + ["--working-dir", workdir], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, text=True, cwd=workdir, env=env)

    def wait_for(predicate):
        for line in p.stdout:
            if not line.startswith("{"):
                continue
            e = json.loads(line)
            if predicate(e):
                return e
        raise RuntimeError("kernel ended")

    wait_for(lambda e: e.get("eventType") == "KernelReady")
    ready = time.perf_counter() - start

    def submit(token, code):
        t = time.perf_counter()
        p.stdin.write(json.dumps({"token": token, "commandType": "SubmitCode",
                                  "command": {"code": code, "targetKernelName": "csharp"}}) + "\n")
        p.stdin.flush()
        e = wait_for(lambda e: e.get("eventType") in ("CommandSucceeded", "CommandFailed") and (e.get("command") or {}).get("token") == token)
        if e["eventType"] != "CommandSucceeded":
            raise RuntimeError(json.dumps(e)[:500])
        return time.perf_counter() - t

    first = submit("first", "var x = 1 + 1;")
    warm = statistics.median(submit(f"warm{i}", f"var y{i} = x * {i};") for i in range(10))
    p.kill()
    p.wait()
    return ready, first, warm

def main():
    rounds, ours, stock = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    workdir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "notebooks")
    results = {"workbook kernel": [], "stock dotnet-interactive": []}
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    run_once(ours, workdir); run_once(stock, workdir)  # one unmeasured start each: disk cache
    for _ in range(rounds):
        for name, command in (("workbook kernel", ours), ("stock dotnet-interactive", stock)):
            results[name].append(run_once(command, workdir))
    print(f"{'kernel':26} {'ready (s)':>10} {'first cell (s)':>15} {'warm cell (ms)':>15}   (medians of {rounds}, interleaved)")
    med = {}
    for name, rows in results.items():
        med[name] = [statistics.median(r[i] for r in rows) for i in range(3)]
        r, f, w = med[name]
        print(f"{name:26} {r:10.2f} {f:15.2f} {w * 1000:15.1f}")
    o, s = med["workbook kernel"], med["stock dotnet-interactive"]
    print(f"{'ratio ours/stock':26} {o[0] / s[0]:10.2f} {o[1] / s[1]:15.2f} {o[2] / s[2]:15.2f}")
    print(f"load average after: {os.getloadavg()[0]:.2f}")

main()
