"""Scenarios run by tests/AnalysisHelpers.Kernel.Jupyter.Tests against the installed workbook kernelspec.
Usage: kernel_tests.py SCENARIO NOTEBOOKS_DIR. Prints each problem; exits 1 if there is any."""

import os
import sys
import tempfile
import time

import zmq
from jupyter_client.session import Session

import message_spec
from kernel_session import KernelSession, outputs

PLOTLY = "application/vnd.plotly.v1+json"


def expect(session, condition, message):
    if not condition:
        session.problems.append(message)


def kernel_info(s):
    for channel in ("shell", "control"):
        reply, iopub = s.request("kernel_info_request", {}, channel=channel)
        c = reply["content"]
        expect(s, c["protocol_version"] == "5.3", f"{channel}: protocol_version {c['protocol_version']}")
        info = c["language_info"]
        expect(s, info["name"] == "csharp" and info["file_extension"] == ".cs", f"language_info {info}")
        expect(s, info.get("codemirror_mode") == "text/x-csharp", f"codemirror_mode {info.get('codemirror_mode')}")
        expect(s, c["implementation_version"][:1].isdigit(), f"implementation_version {c['implementation_version']!r}")
    for msg_type, key in (("comm_info_request", "comms"), ("history_request", "history")):
        reply, _ = s.request(msg_type, {"output": False, "raw": True, "hist_access_type": "tail", "n": 10})
        expect(s, key in reply["content"], f"{msg_type}: {reply['content']}")


def every_output(s):
    code = '\n'.join([
        'Console.WriteLine("to stdout");',
        'Console.Error.WriteLine("to stderr");',
        'display("shown");',
        'var shown = display("before update");',
        'shown.Update("after update");',
        '6 * 7',
    ])
    reply, iopub = s.execute(code)
    count = reply["content"]["execution_count"]
    expect(s, reply["content"]["status"] == "ok", f"execute: {reply['content']}")
    inputs = outputs(iopub, "execute_input")
    expect(s, len(inputs) == 1 and inputs[0]["content"]["code"] == code and inputs[0]["content"]["execution_count"] == count,
           f"execute_input {inputs}")
    streams = [(m["content"]["name"], m["content"]["text"]) for m in outputs(iopub, "stream")]
    expect(s, ("stdout", "to stdout\n") in streams and ("stderr", "to stderr\n") in streams, f"streams {streams}")
    displays = outputs(iopub, "display_data")
    plain = [m["content"]["data"]["text/plain"] for m in displays]
    expect(s, plain == ["shown", "before update"], f"display_data text/plain {plain}")
    updates = outputs(iopub, "update_display_data")
    expect(s, len(updates) == 1 and updates[0]["content"]["data"]["text/plain"] == "after update", f"updates {updates}")
    if len(displays) == 2 and len(updates) == 1:
        expect(s, updates[0]["content"]["transient"]["display_id"] == displays[1]["content"]["transient"]["display_id"],
               "update_display_data names another display_id than the display it updates")
        expect(s, displays[0]["content"]["transient"]["display_id"] != displays[1]["content"]["transient"]["display_id"],
               "two displays share a display_id")
    results = outputs(iopub, "execute_result")
    expect(s, len(results) == 1 and results[0]["content"]["execution_count"] == count
           and "42" in results[0]["content"]["data"]["text/plain"], f"execute_result {results}")
    order = [m["msg_type"] for m in iopub]
    expect(s, order.index("execute_input") < order.index("stream") < order.index("execute_result"), f"order {order}")

    # A DataFrame and a chart, from the library as the notebooks use it (the kernel runs in notebooks/).
    reply, iopub = s.execute('#r "nuget: AnalysisHelpers, 1.0.0"\nusing AnalysisHelpers.Analysis;\n'
                             'var analysis = WorkbookAnalysis.Load("../data");\n'
                             'display(analysis.Data.SourcesFrame());\nanalysis.ClaimsBySource()')
    expect(s, reply["content"]["status"] == "ok", f"library cell: {reply['content']}")
    bundles = [m["content"]["data"] for m in outputs(iopub, "display_data", "execute_result")]
    tables = [b for b in bundles if "<table" in b.get("text/html", "")]
    expect(s, tables and all(b["text/plain"].strip() for b in tables), "no DataFrame as an HTML table with text/plain")
    charts = [b for b in bundles if PLOTLY in b]
    expect(s, len(charts) == 1, f"{len(charts)} chart bundles")
    for chart in charts:
        expect(s, isinstance(chart[PLOTLY], dict) and chart[PLOTLY].get("data"), "plotly figure without traces")
        expect(s, "Plotly.newPlot" in chart.get("text/html", ""), "chart without its offline HTML")

    before = reply["content"]["execution_count"]
    reply, iopub = s.execute("display(1);", silent=True)
    expect(s, not outputs(iopub, "execute_input", "display_data", "stream"), f"silent cell broadcast {[m['msg_type'] for m in iopub]}")
    reply, iopub = s.execute("1", store_history=False)
    reply, iopub = s.execute("2")
    expect(s, reply["content"]["execution_count"] == before + 1, f"count after silent and store_history=False: {reply['content']['execution_count']}, expected {before + 1}")


def errors(s):
    reply, iopub = s.execute('throw new InvalidOperationException("boom");')
    c = reply["content"]
    expect(s, c["status"] == "error" and c["ename"] == "InvalidOperationException" and c["evalue"] == "boom", f"reply {c}")
    expect(s, any("boom" in line for line in c["traceback"]), f"traceback {c['traceback']}")
    errs = outputs(iopub, "error")
    expect(s, len(errs) == 1 and errs[0]["content"]["ename"] == "InvalidOperationException", f"iopub error {errs}")
    reply, _ = s.execute("undefinedName")
    expect(s, reply["content"]["status"] == "error" and "CS0103" in reply["content"]["evalue"], f"compile error {reply['content']}")

    # stop_on_error: a cell queued behind a failing one is aborted; without it, it runs.
    for stop, expected in ((True, "aborted"), (False, "ok")):
        first = s.send("shell", "execute_request", {"code": 'System.Threading.Thread.Sleep(300); throw new Exception("x");',
                                                    "silent": False, "stop_on_error": stop, "allow_stdin": False})
        second = s.send("shell", "execute_request", {"code": "1 + 1", "silent": False, "stop_on_error": True, "allow_stdin": False})
        r1, r2 = s.reply_to(first), s.reply_to(second)
        s.iopub_of(first)
        s.iopub_of(second)
        expect(s, r1["content"]["status"] == "error", f"stop_on_error={stop}: first {r1['content']['status']}")
        expect(s, r2["content"]["status"] == expected, f"stop_on_error={stop}: queued cell {r2['content']['status']}, expected {expected}")


def language(s):
    reply, _ = s.request("complete_request", {"code": "Console.Wri", "cursor_pos": 11})
    c = reply["content"]
    expect(s, "WriteLine()" in c["matches"] or "WriteLine" in c["matches"], f"matches {c['matches']}")
    expect(s, all(m.lower().startswith("wri") for m in c["matches"]), f"matches not filtered: {c['matches']}")
    expect(s, (c["cursor_start"], c["cursor_end"]) == (8, 11), f"cursor {c['cursor_start']}..{c['cursor_end']}")
    reply, _ = s.request("complete_request", {"code": "var café = 1;\ncaf", "cursor_pos": 17})
    expect(s, "café" in reply["content"]["matches"], f"completion after a non-ASCII line {reply['content']['matches'][:10]}")
    reply, _ = s.request("inspect_request", {"code": "Console.WriteLine", "cursor_pos": 10, "detail_level": 0})
    c = reply["content"]
    expect(s, c["found"] and "WriteLine" in c["data"].get("text/plain", ""), f"inspect {c}")
    for code, status in (("if (x) {", "incomplete"), ("var x = 1;", "complete"), ("var x = ;", "invalid")):
        reply, _ = s.request("is_complete_request", {"code": code})
        expect(s, reply["content"]["status"] == status, f"is_complete {code!r}: {reply['content']}, expected {status}")


def interrupt(s):
    # On a fresh kernel, as soon as the kernel has taken the cell (its execute_input): the cell is still queued behind
    # the kernel's first deferred commands. (Sooner, the interrupt on the control socket may overtake the request on
    # the shell socket, and no kernel can interrupt a cell it has not received.)
    early = s.send("shell", "execute_request", {"code": "while (true) { }", "silent": False, "stop_on_error": True, "allow_stdin": False})
    s.wait_for_iopub(early, "execute_input")
    s.request("interrupt_request", {}, channel="control")
    s.reply_to(early, timeout=30)
    s.iopub_of(early)
    reply, _ = s.execute("1 + 1", timeout=30)
    expect(s, reply["content"]["status"] == "ok", f"cell after an interrupt before its cell began: {reply['content']}")

    # While the loop runs.
    loop = s.send("shell", "execute_request", {"code": "while (true) { }", "silent": False, "stop_on_error": True, "allow_stdin": False})
    time.sleep(2)
    started = time.monotonic()
    reply, _ = s.request("interrupt_request", {}, channel="control")
    loop_reply = s.reply_to(loop, timeout=30)
    took = time.monotonic() - started
    s.iopub_of(loop)
    c = loop_reply["content"]
    expect(s, c["status"] == "error" and c["ename"] == "OperationCanceledException", f"interrupted cell {c}")
    expect(s, took < 10, f"the loop stopped {took:.1f} s after the interrupt")
    reply, iopub = s.execute("6 * 7", timeout=30)
    results = outputs(iopub, "execute_result")
    expect(s, reply["content"]["status"] == "ok" and results and "42" in results[0]["content"]["data"]["text/plain"],
           f"cell after the interrupt: {reply['content']}")
    expect(s, s.km.is_alive(), "the kernel died")


def restart_shutdown(s):
    s.execute("var marker = 1;")
    first = s.km.provisioner.process.pid
    s.km.restart_kernel(now=False)
    s.kc.wait_for_ready(timeout=90)
    expect(s, s.km.provisioner.process.pid != first, "restart kept the same process")
    reply, _ = s.execute("marker")
    expect(s, reply["content"]["status"] == "error" and "CS0103" in reply["content"]["evalue"], f"state survived the restart: {reply['content']}")
    process = s.km.provisioner.process
    reply, _ = s.request("shutdown_request", {"restart": False}, channel="control")
    expect(s, reply["content"]["restart"] is False, f"shutdown_reply {reply['content']}")
    try:
        code = process.wait(timeout=15)
        expect(s, code == 0, f"the kernel exited with {code}")
    except Exception as e:  # noqa: BLE001 - reported as a problem
        expect(s, False, f"the kernel did not exit after shutdown_request: {e}")


def stdin(s):
    for code, prompt in (('var line = Console.ReadLine(); Console.WriteLine("got " + line);', ""),
                         ('var name = await Microsoft.DotNet.Interactive.Kernel.GetInputAsync("Name?"); Console.WriteLine("got " + name);', "Name?")):
        request = s.send("shell", "execute_request", {"code": code, "silent": False, "allow_stdin": True, "stop_on_error": True})
        ask = s.kc.get_stdin_msg(timeout=60)
        message_spec.check(ask, s.problems, request)
        expect(s, ask["msg_type"] == "input_request" and ask["content"]["prompt"] == prompt, f"stdin {ask['msg_type']} {ask['content']}")
        s.kc.input("hello")
        reply = s.reply_to(request)
        iopub = s.iopub_of(request)
        expect(s, reply["content"]["status"] == "ok", f"cell reading input: {reply['content']}")
        expect(s, any(m["content"]["text"] == "got hello\n" for m in outputs(iopub, "stream")), "the cell did not get the input")
    reply, _ = s.execute("Console.ReadLine()", allow_stdin=False)
    expect(s, reply["content"]["status"] == "error" and "allow_stdin" in reply["content"]["evalue"], f"no stdin: {reply['content']}")


def signing(s):
    info = s.km.get_connection_info()
    marker = os.path.join(tempfile.mkdtemp(), "ran.txt")
    code = f'System.IO.File.WriteAllText(@"{marker}", "ran");'
    socket = zmq.Context.instance().socket(zmq.DEALER)
    socket.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
    content = {"code": code, "silent": False, "allow_stdin": False, "stop_on_error": True}
    forged = Session(key=b"not-the-key", signature_scheme="hmac-sha256")
    forged.send(socket, "execute_request", content)
    unsigned = Session(key=b"", signature_scheme="hmac-sha256")
    unsigned.send(socket, "execute_request", content)
    expect(s, not socket.poll(3000), "a message with a wrong signature got a reply")
    stray = s.no_iopub_for(1)
    expect(s, stray is None, f"a message with a wrong signature caused {stray and stray['msg_type']}")
    expect(s, not os.path.exists(marker), "code in a message with a wrong signature ran")
    # The same message with the right key runs: the refusal above was the signature's doing.
    right = Session(key=s.kc.session.key, signature_scheme="hmac-sha256")
    right.send(socket, "execute_request", content)
    expect(s, socket.poll(30000), "the correctly signed message got no reply")
    expect(s, os.path.exists(marker), "the correctly signed message did not run")


def reconnect(s):
    # plotly.js goes with the first chart of a session, and again with the first chart after a front end connects
    # (a reloaded page sends kernel_info_request), since that page may not have run the script that carried it.
    chart = ('#r "nuget: Plotly.NET.CSharp, 0.14.0"\n'
             'Plotly.NET.CSharp.Chart.Point<double, double, string>(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 })')

    def chart_html():
        reply, iopub = s.execute(chart)
        expect(s, reply["content"]["status"] == "ok", f"chart cell: {reply['content']}")
        htmls = [b.get("text/html", "") for b in (m["content"]["data"] for m in outputs(iopub, "display_data", "execute_result")) if PLOTLY in b]
        expect(s, len(htmls) == 1, f"{len(htmls)} chart bundles")
        return htmls[0] if htmls else ""

    sizes = [len(chart_html()), len(chart_html())]
    s.request("kernel_info_request", {})
    sizes += [len(chart_html()), len(chart_html())]
    carries = [size > 1_000_000 for size in sizes]
    expect(s, carries == [True, False, True, False], f"plotly.js carried by charts {carries} (text/html sizes {sizes})")


SCENARIOS = {f.__name__: f for f in (kernel_info, every_output, errors, language, interrupt, restart_shutdown, stdin, signing, reconnect)}

if __name__ == "__main__":
    name, notebooks = sys.argv[1], sys.argv[2]
    session = KernelSession(notebooks)
    try:
        SCENARIOS[name](session)
    finally:
        session.close()
    problems = [p for p in session.problems if p]
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{name}: {len(problems)} problems")
    sys.exit(1 if problems else 0)
