"""The LLM content provider: a LangChain chat model asked for structured output.

Each request becomes two messages (see `prompts`) and one call of
`model.with_structured_output(schema, include_raw=True, method=...)`, so the model fills the
same pydantic section the offline provider fills and the review, files and website do not
care who wrote the words.

Robustness, in one place:
- Every call runs in a daemon thread of its own; the campaign's thread waits on it in slices
  of `POLL_SECONDS` and gives up at once when `request.cancel` is set (the call is abandoned
  and ends by itself at the latest when the client's own timeout fires) or when `timeout`
  has passed since the request was sent.
- Timeouts, HTTP 408/429/5xx and connection errors are retried here, with exponential
  backoff and jitter, `max_retries` times. The backoff waits on `request.cancel`, so a
  cancelled campaign never sleeps through its retries (LangGraph's node retry sleeps
  uninterruptibly, which is why the retries live here and not in a graph RetryPolicy).
- Output that does not fit the schema gets one repair request; then the section fails.
- Every final failure is a ProviderError with one line naming provider, model and reason.
  Nothing is ever replaced by placeholder text.

An instance belongs to one campaign (the registry makes a new one, with a new chat model,
per campaign); it is safe for the campaign's parallel branches to call it at once.
"""

from __future__ import annotations

import contextvars
import json
import random
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, wait
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ..content import Content
from ..models import Usage
from .base import ContentProvider, ContentRequest, Generation, GenerationCancelled, ProviderError
from .prompts import build_messages, repair_prompt

if TYPE_CHECKING:  # LangChain is imported only when a call is made
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.runnables import Runnable

StructuredMethod = Literal["function_calling", "json_schema", "json_mode"]

POLL_SECONDS = 0.05  # how often a waiting campaign looks at its cancel flag
MESSAGE_LIMIT = 240  # characters of a failure reason

_TRANSIENT_STATUS = {408, 409, 425, 429}
_STATUS_PHRASES = {
    400: "bad request",
    401: "unauthorized (check the API key)",
    403: "forbidden (check the API key's permissions)",
    404: "not found (check the model name and base_url)",
    408: "request timeout",
    413: "request too large",
    422: "request rejected",
    429: "rate limited",
    500: "server error",
    502: "bad gateway",
    503: "service unavailable",
    504: "gateway timeout",
}


class TransientProviderError(ProviderError):
    """A failure worth retrying: a timeout, HTTP 408/429/5xx or a connection error.

    `reason` is the one-line cause without the provider prefix; `retry_after` is the server's
    Retry-After in seconds, when it sent one.
    """

    def __init__(self, message: str, *, reason: str = "", retry_after: float | None = None):
        super().__init__(message)
        self.reason = reason or message
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Backoff:
    """Exponential backoff between retries: initial × factor^(n-1), capped, with jitter."""

    initial: float = 1.0
    factor: float = 2.0
    maximum: float = 20.0
    jitter: bool = True

    def delay(self, retry: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number `retry` (1 for the first retry)."""
        delay = min(self.maximum, self.initial * self.factor ** max(0, retry - 1))
        if self.jitter:
            # spread the retries of campaigns that failed together
            delay = min(self.maximum, delay * random.uniform(1.0, 1.25))
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.maximum))
        return delay


class LLMProvider(ContentProvider):
    """Writes sections with a LangChain chat model; see the module docstring for the rules.

    `chat_model` is a `BaseChatModel`, or a zero-argument callable that builds one: the
    registry passes a builder so that importing the LangChain integration (seconds) happens
    in the campaign's worker thread at its first call, not where the campaign is submitted.
    """

    def __init__(
        self,
        chat_model: BaseChatModel | Callable[[], BaseChatModel],
        *,
        provider: str,
        model: str,
        timeout: float = 60.0,
        max_retries: int = 3,
        method: StructuredMethod = "function_calling",
        backoff: Backoff | None = None,
        endpoint: str | None = None,
    ):
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        if max_retries < 0:
            raise ValueError("max_retries must be zero or more")
        self.name = provider
        self.model = model
        self.timeout = timeout
        self.max_retries = max_retries
        self.method: StructuredMethod = method
        self.backoff = backoff or Backoff()
        self.endpoint = endpoint
        self._chat: BaseChatModel | None = None
        self._build: Callable[[], BaseChatModel] | None = None
        if _is_chat_model(chat_model):
            self._chat = chat_model  # type: ignore[assignment]
        else:
            self._build = chat_model  # type: ignore[assignment]
        self._lock = threading.Lock()
        self._structured: dict[type[Content], Runnable] = {}

    # -- the interface ---------------------------------------------------------------

    def generate(self, request: ContentRequest) -> Generation:
        """Ask the model for the section; retries transient failures, repairs bad output once."""
        usage = Usage()
        attempts = self.max_retries + 1
        for attempt in range(1, attempts + 1):
            try:
                return Generation(self._generate_once(request, usage), usage)
            except TransientProviderError as failure:
                if attempt == attempts:
                    tries = f" (gave up after {attempts} attempts)" if attempts > 1 else ""
                    raise TransientProviderError(
                        self._line(failure.reason + tries), reason=failure.reason
                    ) from failure
                delay = self.backoff.delay(attempt, failure.retry_after)
                request.log(
                    f"{self.describe()}: {failure.reason}; retrying in {delay:.1f} s "
                    f"(attempt {attempt + 1} of {attempts}).",
                    "warning",
                )
                if request.cancel.wait(delay):
                    raise GenerationCancelled(f"{request.section}: cancelled") from None
        raise AssertionError("unreachable")  # the loop returns or raises

    def describe(self) -> str:
        return f"{self.name} {self.model}"

    # -- one section -----------------------------------------------------------------

    def _generate_once(self, request: ContentRequest, usage: Usage) -> Content:
        schema = request.schema
        messages = build_messages(request, schema_in_prompt=self.method == "json_mode")
        result = self._call(messages, request)
        usage.add(_usage(result))
        parsed, problem, output = _parsed(result, schema)
        if parsed is not None:
            return parsed
        # one repair request: show the model what it sent and what was wrong
        request.log(f"{self.describe()}: {problem}; asking the model to repair it.", "warning")
        messages = [*messages, ("human", repair_prompt(schema.__name__, problem, output))]
        result = self._call(messages, request)
        usage.add(_usage(result))
        parsed, problem, _ = _parsed(result, schema)
        if parsed is not None:
            return parsed
        raise ProviderError(self._line(f"output did not fit {schema.__name__} ({problem})"))

    def _chat_model(self) -> BaseChatModel:
        with self._lock:
            if self._chat is None:
                assert self._build is not None
                self._chat = self._build()  # may raise ProviderError (missing package)
            return self._chat

    def _runnable(self, schema: type[Content]) -> Runnable:
        chat = self._chat_model()
        with self._lock:
            runnable = self._structured.get(schema)
            if runnable is None:
                runnable = chat.with_structured_output(schema, include_raw=True, method=self.method)
                self._structured[schema] = runnable
            return runnable

    def _call(self, messages: list[tuple[str, str]], request: ContentRequest) -> dict[str, Any]:
        """Run one model call in its own thread; wait for it, the deadline or the cancel flag.

        The thread also builds the chat model on first use (importing an integration takes
        seconds), so even that wait can be cancelled.
        """
        if request.cancel.is_set():
            raise GenerationCancelled(f"{request.section}: cancelled")
        future: Future[dict[str, Any]] = Future()
        calling = threading.Event()  # the timeout counts from here, not from the build
        # the call keeps the node's context (LangChain callbacks, tracing)
        context = contextvars.copy_context()

        def work() -> None:
            try:
                runnable = self._runnable(request.schema)
                calling.set()
                future.set_result(context.run(_invoke_here, runnable, messages))
            except BaseException as exc:  # handed to the waiting thread
                future.set_exception(exc)

        # A daemon thread, not a pool: an abandoned call must never hold up the process exit.
        threading.Thread(
            target=work, name=f"llm-{request.campaign_id}-{request.section}", daemon=True
        ).start()
        deadline: float | None = None
        while True:
            if deadline is None and calling.is_set():
                deadline = time.monotonic() + self.timeout
            left = POLL_SECONDS if deadline is None else deadline - time.monotonic()
            wait([future], timeout=max(0.0, min(POLL_SECONDS, left)))
            if future.done():
                break
            if request.cancel.is_set():
                raise GenerationCancelled(f"{request.section}: cancelled mid-call")
            if deadline is not None and left <= 0:
                reason = f"timed out after {self.timeout:g} s"
                raise TransientProviderError(self._line(reason), reason=reason)
        error = future.exception()
        if isinstance(error, ProviderError):  # already one line (e.g. a missing package)
            raise error
        if error is not None:
            raise self._classify(error) from error
        return future.result()

    # -- failures --------------------------------------------------------------------

    def _line(self, reason: str) -> str:
        text = " ".join(f"{self.describe()}: {reason}".split())
        return text if len(text) <= MESSAGE_LIMIT else text[: MESSAGE_LIMIT - 1] + "…"

    def _classify(self, error: BaseException) -> ProviderError:
        """Turn whatever the client raised into a (transient) ProviderError with one line."""
        status, source = _status(error)
        if status is not None:
            phrase = _STATUS_PHRASES.get(status, "error")
            detail = _detail(source)
            reason = f"HTTP {status} {phrase}" + (f": {detail}" if detail else "")
            if status in _TRANSIENT_STATUS or status >= 500:
                return TransientProviderError(
                    self._line(reason), reason=reason, retry_after=_retry_after(source)
                )
            return ProviderError(self._line(reason))
        if any(_is_timeout(e) for e in _chain(error)):
            reason = f"timed out after {self.timeout:g} s"
            return TransientProviderError(self._line(reason), reason=reason)
        if any(_is_connection(e) for e in _chain(error)):
            where = f" to {self.endpoint}" if self.endpoint else ""
            innermost = list(_chain(error))[-1]
            reason = f"could not connect{where} ({_first_line(innermost)})"
            return TransientProviderError(self._line(reason), reason=reason)
        for e in _chain(error):
            if isinstance(e, json.JSONDecodeError):
                return ProviderError(self._line(f"the response was not valid JSON ({e})"))
        return ProviderError(self._line(f"{type(error).__name__}: {_first_line(error)}"))


# -- helpers -----------------------------------------------------------------------------


def _invoke_here(runnable: Runnable, messages: list[tuple[str, str]]) -> dict[str, Any]:
    """Invoke a structured-output runnable with the model call in the calling thread.

    `with_structured_output(include_raw=True)` wraps the model in a RunnableParallel, which
    runs the HTTP call in a ThreadPoolExecutor thread; Python joins those at exit, so a quit
    during a 30 s call waited for the call (measured: 9.3 s with a 10 s stub). Calling the
    raw step here keeps the request on our own daemon thread, which the process abandons.
    """
    from langchain_core.runnables import RunnableParallel, RunnableSequence

    if isinstance(runnable, RunnableSequence) and isinstance(runnable.first, RunnableParallel):
        steps = runnable.first.steps__
        if set(steps) == {"raw"} and len(runnable.steps) == 2:
            raw = steps["raw"].invoke(messages)
            return runnable.last.invoke({"raw": raw})
    return runnable.invoke(messages)


def _is_chat_model(obj: Any) -> bool:
    # tell a chat model from a builder by what it can do (both may be callable)
    return hasattr(obj, "with_structured_output")


def _chain(error: BaseException) -> Iterator[BaseException]:
    """The error and its causes, outermost first."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _status(error: BaseException) -> tuple[int | None, BaseException | None]:
    for e in _chain(error):
        for code in (
            getattr(e, "status_code", None),
            getattr(getattr(e, "response", None), "status_code", None),
        ):
            # a 2xx can ride along on a parse error: only failures count
            if isinstance(code, int) and 400 <= code <= 599:
                return code, e
    return None, None


def _detail(error: BaseException | None) -> str:
    """The server's own message, if it sent one (OpenAI-style body or Ollama's error)."""
    if error is None:
        return ""
    body = getattr(error, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
        if isinstance(message, str) and message.strip():
            return _first_line(message)
    text = getattr(error, "error", None)  # ollama.ResponseError
    if isinstance(text, str) and text.strip():
        return _first_line(text)
    return ""


def _retry_after(error: BaseException | None) -> float | None:
    headers = getattr(getattr(error, "response", None), "headers", None)
    if not headers:
        return None
    try:
        value = float(headers.get("retry-after", ""))
    except (TypeError, ValueError):
        return None  # an HTTP date: fall back to our own backoff
    return value if value >= 0 else None


def _is_timeout(error: BaseException) -> bool:
    return isinstance(error, TimeoutError) or "Timeout" in type(error).__name__


def _is_connection(error: BaseException) -> bool:
    name = type(error).__name__
    return isinstance(error, ConnectionError) or "Connect" in name


def _first_line(value: object) -> str:
    lines = str(value).strip().splitlines()
    return lines[0].strip() if lines else type(value).__name__


def _usage(result: dict[str, Any]) -> Usage:
    metadata = getattr(result.get("raw"), "usage_metadata", None) or {}
    return Usage(
        tokens_in=int(metadata.get("input_tokens") or 0),
        tokens_out=int(metadata.get("output_tokens") or 0),
    )


def _parsed(result: dict[str, Any], schema: type[Content]) -> tuple[Content | None, str, str]:
    """(the section, or None with what was wrong and the raw output as text)."""
    parsed = result.get("parsed")
    if isinstance(parsed, schema):
        return parsed, "", ""
    raw = result.get("raw")
    output = _raw_text(raw)
    error = result.get("parsing_error")
    if isinstance(parsed, dict) and error is None:
        try:
            return schema.model_validate(parsed), "", ""
        except Exception as exc:  # pydantic.ValidationError
            error = exc
    if error is not None:
        return None, _parse_problem(error), output
    if getattr(raw, "invalid_tool_calls", None):
        return None, "the tool call's arguments were not valid JSON", output
    return None, "the answer did not contain the structure", output


def _raw_text(raw: Any) -> str:
    if raw is None:
        return ""
    calls = getattr(raw, "tool_calls", None)
    if calls:
        return json.dumps(calls[0].get("args"), ensure_ascii=False)
    invalid = getattr(raw, "invalid_tool_calls", None)
    if invalid:
        return str(invalid[0].get("args") or "")
    content = getattr(raw, "content", "")
    return content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)


def _parse_problem(error: BaseException) -> str:
    """A short description of why the output did not validate."""
    for e in _chain(error):
        errors = getattr(e, "errors", None)
        if callable(errors) and type(e).__name__ == "ValidationError":
            try:
                items = errors()
            except Exception:
                break
            shown = [
                f"{'.'.join(str(p) for p in item.get('loc', ())) or 'value'}: {item.get('msg')}"
                for item in items[:3]
            ]
            more = f" and {len(items) - 3} more" if len(items) > 3 else ""
            return "; ".join(shown) + more
    return _first_line(error)
