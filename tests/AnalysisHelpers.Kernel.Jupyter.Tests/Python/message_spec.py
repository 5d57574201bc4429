"""Checks of kernel messages against the Jupyter messaging spec, version 5.3
(https://jupyter-client.readthedocs.io/en/stable/messaging.html): header fields, parent_header, the content keys and
their types for each msg_type, and status busy/idle around every request."""

import datetime
import re

MIME = re.compile(r"^[\w\-\+\.]+/[\w\-\+\.]+$")
HEADER_FIELDS = {"msg_id": str, "session": str, "username": str, "msg_type": str, "version": str}

# msg_type -> {key: type or tuple of allowed values}; keys not listed may be present.
STR, INT, BOOL, DICT, LIST = str, int, bool, dict, list
CONTENT = {
    "status": {"execution_state": ("busy", "idle", "starting")},
    "execute_input": {"code": STR, "execution_count": INT},
    "stream": {"name": ("stdout", "stderr"), "text": STR},
    "display_data": {"data": DICT, "metadata": DICT},
    "update_display_data": {"data": DICT, "metadata": DICT, "transient": DICT},
    "execute_result": {"execution_count": INT, "data": DICT, "metadata": DICT},
    "error": {"ename": STR, "evalue": STR, "traceback": LIST},
    "comm_close": {"comm_id": STR, "data": DICT},
    "kernel_info_reply": {"status": ("ok",), "protocol_version": STR, "implementation": STR,
                          "implementation_version": STR, "language_info": DICT, "banner": STR, "help_links": LIST},
    "complete_reply": {"status": ("ok",), "matches": LIST, "cursor_start": INT, "cursor_end": INT, "metadata": DICT},
    "inspect_reply": {"status": ("ok",), "found": BOOL, "data": DICT, "metadata": DICT},
    "is_complete_reply": {"status": ("complete", "incomplete", "invalid", "unknown")},
    "interrupt_reply": {"status": ("ok",)},
    "shutdown_reply": {"status": ("ok",), "restart": BOOL},
    "comm_info_reply": {"status": ("ok",), "comms": DICT},
    "history_reply": {"status": ("ok",), "history": LIST},
    "input_request": {"prompt": STR, "password": BOOL},
}
EXECUTE_REPLY = {
    "ok": {"execution_count": INT, "user_expressions": DICT},
    "error": {"execution_count": INT, "ename": STR, "evalue": STR, "traceback": LIST},
    "aborted": {},
}


def _check_keys(where, content, spec, problems):
    for key, kind in spec.items():
        if key not in content:
            problems.append(f"{where}: content lacks '{key}'")
        elif isinstance(kind, tuple):
            if content[key] not in kind:
                problems.append(f"{where}: content '{key}' is {content[key]!r}, expected one of {kind}")
        elif kind is INT and (isinstance(content[key], bool) or not isinstance(content[key], int)):
            problems.append(f"{where}: content '{key}' is {type(content[key]).__name__}, expected int")
        elif not isinstance(content[key], kind):
            problems.append(f"{where}: content '{key}' is {type(content[key]).__name__}, expected {kind.__name__}")


def _check_bundle(where, data, problems):
    for mime, value in data.items():
        if not MIME.match(mime):
            problems.append(f"{where}: '{mime}' is not a mime type")
        json_mime = mime == "application/json" or (mime.startswith("application/") and mime.endswith("+json"))
        if json_mime and not isinstance(value, (dict, list)):
            problems.append(f"{where}: {mime} must be JSON, not {type(value).__name__}")
        if not json_mime and not isinstance(value, str):
            problems.append(f"{where}: {mime} must be a string, not {type(value).__name__}")
    if "text/plain" not in data:
        problems.append(f"{where}: the bundle has no text/plain fallback")


def _check_header(where, header, problems):
    for key, kind in HEADER_FIELDS.items():
        if not isinstance(header.get(key), kind):
            problems.append(f"{where}: header field '{key}' missing or not {kind.__name__}: {header.get(key)!r}")
    if not isinstance(header.get("date"), (str, datetime.datetime)):
        problems.append(f"{where}: header has no date")


def check(msg, problems, request=None):
    """One message from the kernel; request is the message it answers or was caused by."""
    msg_type = msg["msg_type"]
    where = f"{msg_type} ({msg['header'].get('msg_id')})"
    _check_header(where, msg["header"], problems)
    if msg["header"].get("version") != "5.3":
        problems.append(f"{where}: header version {msg['header'].get('version')!r}, expected '5.3'")
    if msg["header"].get("msg_type") != msg_type:
        problems.append(f"{where}: header msg_type differs from the message's")
    if request is not None:
        parent = msg["parent_header"]
        _check_header(where + " parent_header", parent, problems)
        if parent.get("msg_id") != request["header"]["msg_id"]:
            problems.append(f"{where}: parent_header.msg_id {parent.get('msg_id')!r} is not the request's {request['header']['msg_id']!r}")
    content = msg["content"]
    if msg_type == "execute_reply":
        status = content.get("status")
        if status not in EXECUTE_REPLY:
            problems.append(f"{where}: status {status!r}")
        else:
            _check_keys(where, content, EXECUTE_REPLY[status], problems)
    elif msg_type in CONTENT:
        _check_keys(where, content, CONTENT[msg_type], problems)
    else:
        problems.append(f"{where}: a msg_type the spec does not define for kernels to send")
    if msg_type in ("display_data", "update_display_data", "execute_result") and isinstance(content.get("data"), dict):
        _check_bundle(where, content["data"], problems)
    if msg_type == "update_display_data" and not content.get("transient", {}).get("display_id"):
        problems.append(f"{where}: update_display_data without transient.display_id")
    if msg_type == "error" and not all(isinstance(line, str) for line in content.get("traceback", [])):
        problems.append(f"{where}: traceback lines must be strings")
    if msg_type == "kernel_info_reply":
        _check_keys(where + " language_info", content.get("language_info", {}),
                    {"name": STR, "version": STR, "mimetype": STR, "file_extension": STR}, problems)
    if msg_type == "is_complete_reply" and content.get("status") == "incomplete" and not isinstance(content.get("indent"), str):
        problems.append(f"{where}: incomplete without indent")
    if msg_type == "complete_reply" and isinstance(content.get("matches"), list):
        if not all(isinstance(m, str) for m in content["matches"]):
            problems.append(f"{where}: matches must be strings")


def check_busy_idle(request, iopub, problems):
    """The iopub messages with the request as parent: status busy first, status idle last, one of each."""
    mine = [m for m in iopub if m["parent_header"].get("msg_id") == request["header"]["msg_id"]]
    where = f"iopub for {request['msg_type']} ({request['header']['msg_id']})"
    states = [m["content"]["execution_state"] for m in mine if m["msg_type"] == "status"]
    if states != ["busy", "idle"]:
        problems.append(f"{where}: status messages {states}, expected ['busy', 'idle']")
    if mine and (mine[0]["msg_type"] != "status" or mine[-1]["msg_type"] != "status"):
        problems.append(f"{where}: {[m['msg_type'] for m in mine]} does not start with busy and end with idle")
    return mine
