"""A workbook kernel started by jupyter_client from the installed kernelspec, with every message it sends checked
against the spec (message_spec.py)."""

import os
import queue
import time

from jupyter_client import KernelManager

import message_spec

KERNEL_NAME = os.environ.get("WORKBOOK_KERNEL_NAME", "workbook-csharp")
TIMEOUT = 90


class KernelSession:
    def __init__(self, cwd):
        self.km = KernelManager(kernel_name=KERNEL_NAME)
        self.km.start_kernel(cwd=cwd)
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=TIMEOUT)
        self.problems = []
        self.backlog = []

    def send(self, channel, msg_type, content):
        msg = self.kc.session.msg(msg_type, content)
        getattr(self.kc, channel + "_channel").send(msg)
        return msg

    def reply_to(self, request, channel="shell", timeout=TIMEOUT):
        get = self.kc.get_shell_msg if channel == "shell" else self.kc.get_control_msg
        deadline = time.monotonic() + timeout
        while True:
            reply = get(timeout=max(0.1, deadline - time.monotonic()))
            if reply["parent_header"].get("msg_id") == request["header"]["msg_id"]:
                message_spec.check(reply, self.problems, request)
                if reply["msg_type"] != request["msg_type"].replace("_request", "_reply"):
                    self.problems.append(f"{request['msg_type']} answered by {reply['msg_type']}")
                return reply

    def iopub_of(self, request, timeout=TIMEOUT):
        """The request's iopub messages, through its status idle; each checked."""
        mine = []
        deadline = time.monotonic() + timeout
        while True:
            # Messages of other requests wait in the backlog for their own iopub_of (requests may overlap).
            msg = next((m for m in self.backlog if m["parent_header"].get("msg_id") == request["header"]["msg_id"]), None)
            if msg is not None:
                self.backlog.remove(msg)
            else:
                msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
                if msg["parent_header"].get("msg_id") != request["header"]["msg_id"]:
                    self.backlog.append(msg)
                    continue
            message_spec.check(msg, self.problems, request)
            mine.append(msg)
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                message_spec.check_busy_idle(request, mine, self.problems)
                return mine

    def wait_for_iopub(self, request, msg_type, timeout=TIMEOUT):
        """Waits until the request's first iopub message of msg_type has arrived; it stays for iopub_of."""
        deadline = time.monotonic() + timeout
        def seen():
            return any(m["parent_header"].get("msg_id") == request["header"]["msg_id"] and m["msg_type"] == msg_type
                       for m in self.backlog)
        while not seen():
            self.backlog.append(self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic())))

    def request(self, msg_type, content, channel="shell", timeout=TIMEOUT):
        request = self.send(channel, msg_type, content)
        reply = self.reply_to(request, channel, timeout)
        return reply, self.iopub_of(request, timeout)

    def execute(self, code, timeout=TIMEOUT, **options):
        content = {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                   "allow_stdin": False, "stop_on_error": True}
        content.update(options)
        return self.request("execute_request", content, timeout=timeout)

    def no_iopub_for(self, seconds):
        try:
            return self.kc.get_iopub_msg(timeout=seconds)
        except queue.Empty:
            return None

    def close(self):
        self.kc.stop_channels()
        if self.km.has_kernel:
            self.km.shutdown_kernel(now=False)


def outputs(iopub, *types):
    return [m for m in iopub if m["msg_type"] in types]
