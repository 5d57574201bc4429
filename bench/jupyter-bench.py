#!/usr/bin/python3
"""The Jupyter door as jupyter_client sees it, whole kernel processes started from an installed kernelspec:
start_kernel to kernel_info_reply, the first execute (reply), and the median of ten warm executes.

Usage: JUPYTER_PATH=PREFIX/share/jupyter bench/jupyter-bench.py ROUNDS [KERNEL_NAME] [NOTEBOOKS_DIR]
e.g.   workbook kernel install --prefix /tmp/jb --name workbook-bench   (from a Release publish)
       JUPYTER_PATH=/tmp/jb/share/jupyter bench/jupyter-bench.py 3 workbook-bench notebooks
"""
import statistics, sys, time

from jupyter_client import KernelManager


def run_once(name, cwd):
    km = KernelManager(kernel_name=name)
    start = time.perf_counter()
    km.start_kernel(cwd=cwd)
    kc = km.client()
    kc.start_channels()
    # wait_for_ready sends kernel_info_request until a kernel_info_reply arrives.
    kc.wait_for_ready(timeout=120)
    ready = time.perf_counter() - start

    def execute(code):
        t = time.perf_counter()
        reply = kc.execute(code, reply=True, timeout=120)
        assert reply["content"]["status"] == "ok", reply["content"]
        return time.perf_counter() - t

    first = execute("1 + 1")
    warm = statistics.median(execute(f"{i} * 2") for i in range(10))
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    return ready, first, warm


def main():
    rounds = int(sys.argv[1])
    name = sys.argv[2] if len(sys.argv) > 2 else "workbook-csharp"
    cwd = sys.argv[3] if len(sys.argv) > 3 else "notebooks"
    results = [run_once(name, cwd) for _ in range(rounds)]
    for label, index in (("start to kernel_info_reply", 0), ("first execute", 1), ("warm execute (median of 10)", 2)):
        values = [r[index] for r in results]
        print(f"{label}: median {statistics.median(values) * 1000:.0f} ms over {rounds} rounds "
              f"({', '.join(f'{v * 1000:.0f}' for v in values)} ms)")


if __name__ == "__main__":
    main()
