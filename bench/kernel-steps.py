#!/usr/bin/python3
"""Wall and CPU seconds of a `workbook kernel stdio` process, started with the arguments the runner gives it
(`--reset-on-quit --no-plotly-js --no-language-services`; publishes older than 2026-12-04 lack the last one, which
KERNEL_ARGS="--reset-on-quit --no-plotly-js" leaves out), at each step `workbook run` takes with it:
KernelReady, the first submission (the runner's warm-up), notebook 02's parameters and package cells, then a Quit (a
fresh kernel in the same process), its first submission and the same two cells again. CPU is the kernel process's own
user + system time from /proc, which a busy machine inflates far less than wall time.

Usage: bench/kernel-steps.py WORKBOOK [ROUNDS=3] [NAME=VALUE ...]   (NAME=VALUE: environment for the kernel process)
e.g.   bench/kernel-steps.py /tmp/pub/workbook 3 DOTNET_TieredPGO=0
"""
import json, os, statistics, subprocess, sys, time

exe = sys.argv[1]
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
extra_env = dict(a.split("=", 1) for a in sys.argv[3:])
notebooks = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "notebooks")
notebooks = os.path.abspath(notebooks)
tick = os.sysconf("SC_CLK_TCK")
kernel_args = os.environ.get("KERNEL_ARGS", "--reset-on-quit --no-plotly-js --no-language-services").split()
package_cell = open(os.path.join(notebooks, "02-cost-comparison.dib")).read().split("#!csharp")[2].split("#!markdown")[0].strip()

def cpu(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / tick

def once():
    start = time.perf_counter()
    p = subprocess.Popen([exe, "kernel", "stdio", "--working-dir", notebooks] + kernel_args,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                         cwd=notebooks, env=dict(os.environ, **extra_env))
    marks = []

    def wait(predicate):
        for line in p.stdout:
            if line.startswith("{"):
                e = json.loads(line)
                if predicate(e):
                    return e
        raise RuntimeError("the kernel ended")

    def mark(name):
        marks.append((name, time.perf_counter() - start, cpu(p.pid)))

    def send(token, command_type, command):
        p.stdin.write(json.dumps({"token": token, "commandType": command_type, "command": command}) + "\n")
        p.stdin.flush()

    def submit(token, code):
        send(token, "SubmitCode", {"code": code, "targetKernelName": "csharp"})
        e = wait(lambda e: e.get("eventType") in ("CommandSucceeded", "CommandFailed") and (e.get("command") or {}).get("token") == token)
        if e["eventType"] != "CommandSucceeded":
            raise RuntimeError(json.dumps(e)[:300])

    move = "System.IO.Directory.SetCurrentDirectory(%s);" % json.dumps(notebooks)
    wait(lambda e: e.get("eventType") == "KernelReady"); mark("KernelReady")
    submit("warm", move); mark("first submission (warm-up)")
    submit("p1", 'var dataDir = "../data";'); submit("k1", package_cell); mark("parameters + package cells")
    send("quit", "Quit", {}); wait(lambda e: e.get("eventType") == "KernelReady"); mark("Quit: fresh kernel ready")
    submit("warm2", move); mark("its first submission")
    submit("p2", 'var dataDir = "../data";'); submit("k2", package_cell); mark("parameters + package cells")
    p.kill(); p.wait()
    return marks

print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}, environment {extra_env or 'as is'}")
results = [once() for _ in range(rounds)]
print(f"{'step':30} {'wall s':>8} {'CPU s':>8}   (medians of {rounds}; each step on its own)")
for i, (name, _, _) in enumerate(results[0]):
    wall = statistics.median(r[i][1] - (r[i - 1][1] if i else 0) for r in results)
    used = statistics.median(r[i][2] - (r[i - 1][2] if i else 0) for r in results)
    print(f"{name:30} {wall:8.2f} {used:8.2f}")
print(f"load average after: {os.getloadavg()[0]:.2f}")
