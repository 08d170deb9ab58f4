"""A local OpenAI-compatible chat-completions server for tests and benchmarks (stdlib only).

`OpenAIStub` listens on 127.0.0.1 on a free port and answers `POST /v1/chat/completions`
with a tool call that fills the requested section. The content comes from the offline
provider for the brief found in the prompt, so whatever the campaign, the answers are valid and
within every limit. Tests script misbehaviour per request with `then(...)`: an HTTP status,
a delay, malformed tool-call JSON or a body that is not JSON at all.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tui_app.core.models import CampaignBrief
from tui_app.core.providers.base import ContentRequest
from tui_app.core.providers.offline import OfflineProvider
from tui_app.core.workflow.team import TEAM

SECTION_MODELS = TEAM.section_models  # node -> section model, from the registry

SECTIONS_BY_SCHEMA = {model.__name__: section for section, model in SECTION_MODELS.items()}


@dataclass(frozen=True, slots=True)
class Action:
    """How the stub answers one request."""

    status: int = 200
    delay: float = 0.0  # seconds before answering
    malformed_args: bool = False  # tool-call arguments that are not JSON
    bad_body: bool = False  # a 200 whose body is not JSON
    retry_after: float | None = None


def brief_from_prompt(messages: list[dict[str, Any]]) -> CampaignBrief:
    """The brief the provider put into its user message (`The brief:\\n{json}`)."""
    for message in messages:
        text = message.get("content")
        if message.get("role") == "user" and isinstance(text, str) and "The brief:\n" in text:
            line = text.split("The brief:\n", 1)[1].split("\n", 1)[0]
            return CampaignBrief.parse(json.loads(line))
    raise ValueError("no brief in the prompt")


class OpenAIStub:
    """The server; use as a context manager. `url` is the base_url to configure."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay  # default delay for every request
        self.default = Action()
        self.requests: list[dict[str, Any]] = []
        self.arrived = threading.Condition()
        self._plan: deque[Action] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._offline = OfflineProvider()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def then(self, *actions: Action) -> OpenAIStub:
        """Answer the next requests with these actions, in order; then with `default`."""
        with self._lock:
            self._plan.extend(actions)
        return self

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    def wait_for_requests(self, count: int, timeout: float = 10) -> bool:
        with self.arrived:
            return self.arrived.wait_for(lambda: self.count >= count, timeout)

    def __enter__(self) -> OpenAIStub:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()  # wakes handlers that are sleeping
        self._server.shutdown()
        self._server.server_close()

    # -- answering -------------------------------------------------------------------

    def _next_action(self, body: dict[str, Any]) -> Action:
        with self._lock:
            self.requests.append(body)
            action = self._plan.popleft() if self._plan else self.default
        with self.arrived:
            self.arrived.notify_all()
        return action

    def completion(self, body: dict[str, Any], action: Action) -> dict[str, Any]:
        """A chat completion whose tool call fills the requested schema."""
        tool = body["tools"][0]["function"]["name"]
        section = SECTIONS_BY_SCHEMA[tool]
        brief = brief_from_prompt(body["messages"])
        request = ContentRequest(section=section, schema=SECTION_MODELS[section], brief=brief)
        content = self._offline.generate(request).content
        arguments = content.model_dump_json()
        if action.malformed_args:
            arguments = arguments[: len(arguments) // 2] + "{{ not json"
        prompt_tokens = len(json.dumps(body["messages"])) // 4
        completion_tokens = len(arguments) // 4
        return {
            "id": f"chatcmpl-stub-{self.count}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "stub"),
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "tool_calls",
                    "message": {
                        "role": "assistant",
                        "content": None,
                        "tool_calls": [
                            {
                                "id": f"call_{self.count}",
                                "type": "function",
                                "function": {"name": tool, "arguments": arguments},
                            }
                        ],
                    },
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                action = stub._next_action(body)
                delay = max(action.delay, stub.delay)
                if delay and stub._stopping.wait(delay):
                    return
                if not self.path.endswith("/chat/completions"):
                    self._send(404, {"error": {"message": f"no route {self.path}"}})
                elif action.status != 200:
                    messages = {401: "Incorrect API key provided", 429: "Rate limit reached"}
                    message = messages.get(action.status, "stub failure")
                    headers = {}
                    if action.retry_after is not None:
                        headers["retry-after"] = f"{action.retry_after:g}"
                    self._send(action.status, {"error": {"message": message}}, headers)
                elif action.bad_body:
                    self._send_raw(200, b"<html>this is not JSON</html>")
                else:
                    self._send(200, stub.completion(body, action))

            def _send(
                self, status: int, data: dict[str, Any], headers: dict[str, str] | None = None
            ) -> None:
                self._send_raw(status, json.dumps(data).encode(), headers)

            def _send_raw(
                self, status: int, raw: bytes, headers: dict[str, str] | None = None
            ) -> None:
                try:
                    self.send_response(status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(raw)))
                    for key, value in (headers or {}).items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(raw)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout, cancel): nothing to answer

        return Handler
