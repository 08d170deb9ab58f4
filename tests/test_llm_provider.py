"""The LLM provider with LangChain fake chat models: through the real graph, and call by call.

No network. `ScriptedChatModel` is a LangChain chat model whose `bind_tools` returns a copy
bound to the requested schema (fake chat models have no `with_structured_output` of their
own), and whose answers come from a `Script`: offline content for the campaign's brief unless
a test's script changes it. One model per campaign, as the registry does it.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from typing import Any

import pytest
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from tui_app.core.content import Plan
from tui_app.core.engine import CampaignEngine
from tui_app.core.models import Campaign, CampaignBrief, CampaignStatus
from tui_app.core.providers.base import ContentRequest, GenerationCancelled, ProviderError
from tui_app.core.providers.llm import Backoff, LLMProvider, TransientProviderError
from tui_app.core.providers.offline import OfflineProvider
from tui_app.core.providers.prompts import build_messages
from tui_app.core.workflow.team import TEAM

from .conftest import make_brief

SECTION_MODELS = TEAM.section_models  # node -> section model, from the registry

SECTIONS_BY_SCHEMA = {model.__name__: section for section, model in SECTION_MODELS.items()}
LLM_SECTIONS = set(SECTION_MODELS)  # the eleven nodes that call the provider
FAST = Backoff(initial=0.01, factor=2.0, maximum=0.05, jitter=False)


class Script:
    """What the fake model answers; records every call (thread-safe: branches run at once)."""

    tokens = (100, 40)

    def __init__(self) -> None:
        self.offline = OfflineProvider()
        self.calls: Counter[str] = Counter()
        self.prompts: dict[str, list[list[BaseMessage]]] = {}
        self._lock = threading.Lock()

    def record(self, section: str, messages: list[BaseMessage]) -> int:
        with self._lock:
            self.calls[section] += 1
            self.prompts.setdefault(section, []).append(list(messages))
            return self.calls[section]

    def answer(
        self, section: str, brief: CampaignBrief, messages: list[BaseMessage]
    ) -> dict[str, Any]:
        call = self.record(section, messages)
        return self.edit(section, call, self.offline_args(section, brief))

    def offline_args(self, section: str, brief: CampaignBrief) -> dict[str, Any]:
        request = ContentRequest(section=section, schema=SECTION_MODELS[section], brief=brief)
        return self.offline.generate(request).content.model_dump(mode="json")

    def edit(self, section: str, call: int, args: dict[str, Any]) -> dict[str, Any]:
        return args


class ScriptedChatModel(BaseChatModel):
    """A fake chat model answering structured-output calls with a tool call."""

    brief: CampaignBrief
    script: Any
    schema_: Any = None

    @property
    def _llm_type(self) -> str:
        return "scripted-fake"

    def bind_tools(self, tools: Any, **kwargs: Any) -> ScriptedChatModel:
        # a copy per schema: parallel branches never share a mutable binding
        return self.model_copy(update={"schema_": tools[0]})

    def _generate(self, messages: list[BaseMessage], stop=None, run_manager=None, **kwargs):
        name = self.schema_.__name__
        args = self.script.answer(SECTIONS_BY_SCHEMA[name], self.brief, messages)
        tokens_in, tokens_out = self.script.tokens
        message = AIMessage(
            content="",
            tool_calls=[{"name": name, "args": args, "id": "call_1", "type": "tool_call"}],
            usage_metadata={
                "input_tokens": tokens_in,
                "output_tokens": tokens_out,
                "total_tokens": tokens_in + tokens_out,
            },
        )
        return ChatResult(generations=[ChatGeneration(message=message)])


class ToolFakeChatModel(GenericFakeChatModel):
    """LangChain's GenericFakeChatModel (answers from a list, in order) made tool-capable."""

    def bind_tools(self, tools: Any, **kwargs: Any) -> ToolFakeChatModel:
        return self


def scripted_factory(script_for) -> Any:
    """An engine provider factory: a new fake model and LLMProvider per campaign."""

    def make(campaign: Campaign) -> LLMProvider:
        model = ScriptedChatModel(brief=campaign.brief, script=script_for(campaign))
        return LLMProvider(model, provider="fake", model="scripted", timeout=10, backoff=FAST)

    return make


def tool_message(args: dict[str, Any] | str, name: str = "Plan") -> AIMessage:
    usage = {"input_tokens": 10, "output_tokens": 5, "total_tokens": 15}
    if isinstance(args, str):  # malformed JSON arguments, as a client reports them
        return AIMessage(
            content="",
            invalid_tool_calls=[
                {
                    "name": name,
                    "args": args,
                    "id": "c",
                    "error": "bad json",
                    "type": "invalid_tool_call",
                }
            ],
            usage_metadata=usage,
        )
    return AIMessage(
        content="",
        tool_calls=[{"name": name, "args": args, "id": "c", "type": "tool_call"}],
        usage_metadata=usage,
    )


def plan_args(brief: CampaignBrief) -> dict[str, Any]:
    return Script().offline_args("project_manager", brief)


def plan_request(brief: CampaignBrief, **kwargs: Any) -> ContentRequest:
    return ContentRequest(section="project_manager", schema=Plan, brief=brief, **kwargs)


# -- through the real graph ---------------------------------------------------------------


def test_every_section_comes_from_the_model_and_tokens_are_counted(data_dir):
    scripts: dict[str, Script] = {}

    def script_for(campaign: Campaign) -> Script:
        return scripts.setdefault(campaign.brief.product, Script())

    engine = CampaignEngine(data_dir, provider=scripted_factory(script_for))
    campaign = engine.submit(make_brief())
    assert (campaign.provider, campaign.model) == ("fake", "scripted")
    assert engine.wait([campaign.id], timeout=60)
    done = engine.get(campaign.id)
    assert done.status is CampaignStatus.DONE, done.error_summary
    script = scripts["Acme Rocket Skates"]
    assert set(script.calls) == LLM_SECTIONS and all(n == 1 for n in script.calls.values())
    folder = engine.campaign_dir(campaign.id)
    for section, model in SECTION_MODELS.items():
        model.model_validate_json((folder / "data" / f"{section}.json").read_text())
    # tokens per node and per campaign
    runs = {r.node: r for r in engine.store.node_runs(campaign.id)}
    for section in LLM_SECTIONS:
        assert (runs[section].tokens_in, runs[section].tokens_out) == Script.tokens
    for node in ("media_planner", "review", "web_developer", "package"):
        assert (runs[node].tokens_in, runs[node].tokens_out) == (0, 0)
    assert done.tokens_in == 100 * len(LLM_SECTIONS)
    assert done.tokens_out == 40 * len(LLM_SECTIONS)
    # the prompts: role and limits in the system prompt, brief and upstream sections after
    system, human = script.prompts["copy"][0]
    assert "copywriter" in system.content and "at most 30 characters" in system.content
    assert '"product":"Acme Rocket Skates"' in human.content
    context = json.loads(
        human.content.split("so far (build on them, do not contradict them):\n")[1].split("\n\n")[0]
    )
    assert set(context) == {"strategy", "audience_persona", "creative"}
    assert "X (Twitter) post: 280" in script.prompts["social_media_campaign"][0][0].content
    engine.close()


class OverLimitX(Script):
    """The first social answer has an X post over 280 characters."""

    def edit(self, section: str, call: int, args: dict[str, Any]) -> dict[str, Any]:
        if section == "social_media_campaign" and call == 1:
            x_post = next(p for p in args["posts"] if p["platform"] == "x")
            x_post["text"] = "Acme Rocket Skates " + "go faster " * 30
        return args


def test_review_sends_an_over_limit_post_back_and_the_revision_is_used(data_dir):
    script = OverLimitX()
    engine = CampaignEngine(data_dir, provider=scripted_factory(lambda _c: script))
    campaign = engine.submit(make_brief())
    assert engine.wait([campaign.id], timeout=60)
    done = engine.get(campaign.id)
    assert done.status is CampaignStatus.DONE, done.error_summary
    assert done.revisions == 1
    assert script.calls["social_media_campaign"] == 2
    # the second prompt carries the review's feedback
    revision_prompt = script.prompts["social_media_campaign"][1][1].content
    assert "sent this section back (revision 1)" in revision_prompt
    assert "the limit is 280" in revision_prompt
    folder = engine.campaign_dir(campaign.id)
    social = SECTION_MODELS["social_media_campaign"].model_validate_json(
        (folder / "data" / "social_media_campaign.json").read_text()
    )
    assert all(len(p.full_text) <= 280 for p in social.posts if p.platform == "x")
    assert "go faster go faster" not in (folder / "social_media_campaign.md").read_text()
    assert done.tokens_in == 100 * (len(LLM_SECTIONS) + 1)
    engine.close()


class Unauthorized(Exception):
    status_code = 401
    body = {"error": {"message": "Incorrect API key provided"}}


class FailsAtCopy(Script):
    def edit(self, section: str, call: int, args: dict[str, Any]) -> dict[str, Any]:
        if section == "copy":
            raise Unauthorized("Error code: 401")
        return args


def test_a_failing_model_fails_only_its_campaign(data_dir):
    def script_for(campaign: Campaign) -> Script:
        return FailsAtCopy() if "Doomed" in campaign.brief.product else Script()

    engine = CampaignEngine(data_dir, provider=scripted_factory(script_for))
    ok = [engine.submit(make_brief(product=f"Fine {i}")).id for i in range(3)]
    doomed = engine.submit(make_brief(product="Doomed Gadget")).id
    assert engine.wait(timeout=90)
    assert [engine.get(i).status for i in ok] == [CampaignStatus.DONE] * 3
    failed = engine.get(doomed)
    assert failed.status is CampaignStatus.FAILED
    assert failed.error_node == "copy"
    assert failed.error_type == "ProviderError"
    assert failed.error_message == (
        "fake scripted: HTTP 401 unauthorized (check the API key): Incorrect API key provided"
    )
    assert not (engine.campaign_dir(doomed) / "copy.md").exists()  # no placeholder text
    engine.close()


class Signed(Script):
    """Signs every concept name, to tell whose model wrote a campaign."""

    def __init__(self, signature: str) -> None:
        super().__init__()
        self.signature = signature

    def edit(self, section: str, call: int, args: dict[str, Any]) -> dict[str, Any]:
        if section == "creative":
            for concept in args["concepts"]:
                concept["name"] = f"{self.signature} {concept['name']}"
        return args


def test_campaigns_share_no_model_state(data_dir):
    scripts = {"Alpha Skates": Signed("ALPHA"), "Beta Skates": Signed("BETA")}
    engine = CampaignEngine(data_dir, provider=scripted_factory(lambda c: scripts[c.brief.product]))
    alpha = engine.submit(make_brief(product="Alpha Skates")).id
    beta = engine.submit(make_brief(product="Beta Skates")).id
    assert engine.wait(timeout=60)
    for campaign_id, mine, theirs in ((alpha, "ALPHA", "BETA"), (beta, "BETA", "ALPHA")):
        assert engine.get(campaign_id).status is CampaignStatus.DONE
        text = (engine.campaign_dir(campaign_id) / "creative_concepts.md").read_text()
        assert mine in text and theirs not in text
    assert all(s.calls["creative"] == 1 for s in scripts.values())
    engine.close()


# -- one call at a time ---------------------------------------------------------------------


def test_output_that_does_not_fit_gets_one_repair(brief):
    good = plan_args(brief)
    model = ToolFakeChatModel(
        messages=iter([tool_message('{"summary": "half'), tool_message(good)])
    )
    provider = LLMProvider(model, provider="fake", model="m", backoff=FAST)
    result = provider.generate(plan_request(brief))
    assert result.content == Plan.model_validate(good)
    assert (result.usage.tokens_in, result.usage.tokens_out) == (20, 10)  # both calls count


def test_output_that_still_does_not_fit_fails_with_a_clear_line(brief):
    incomplete = {"summary": "Only a summary"}
    model = ToolFakeChatModel(messages=iter([tool_message(incomplete), tool_message(incomplete)]))
    provider = LLMProvider(model, provider="fake", model="m", backoff=FAST)
    with pytest.raises(ProviderError) as caught:
        provider.generate(plan_request(brief))
    assert not isinstance(caught.value, TransientProviderError)
    message = str(caught.value)
    assert message.startswith("fake m: output did not fit Plan (")
    assert "phases: Field required" in message and "\n" not in message


class FlakyModel(BaseChatModel):
    """Fails with the given errors first, then answers."""

    errors: list[Any]
    answer: dict[str, Any]
    delay: float = 0.0
    calls: int = 0

    @property
    def _llm_type(self) -> str:
        return "flaky-fake"

    def bind_tools(self, tools: Any, **kwargs: Any) -> FlakyModel:
        return self

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):
        self.calls += 1
        if self.delay:
            time.sleep(self.delay)
        if self.errors:
            raise self.errors.pop(0)
        return ChatResult(generations=[ChatGeneration(message=tool_message(self.answer))])


class HTTPError(Exception):
    def __init__(self, status: int, retry_after: str | None = None):
        super().__init__(f"Error code: {status}")
        self.status_code = status
        self.response = type(
            "R", (), {"headers": {"retry-after": retry_after} if retry_after else {}}
        )()


@pytest.mark.parametrize(
    "error",
    [
        HTTPError(429),
        HTTPError(500),
        HTTPError(503),
        TimeoutError("read"),
        ConnectionError("refused"),
    ],
    ids=["429", "500", "503", "timeout", "connection"],
)
def test_transient_failures_are_retried(brief, error):
    model = FlakyModel(errors=[error, error], answer=plan_args(brief))
    provider = LLMProvider(model, provider="fake", model="m", max_retries=2, backoff=FAST)
    assert isinstance(provider.generate(plan_request(brief)).content, Plan)
    assert model.calls == 3


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (401, "HTTP 401 unauthorized (check the API key)"),
        (403, "HTTP 403 forbidden (check the API key's permissions)"),
        (404, "HTTP 404 not found (check the model name and base_url)"),
    ],
)
def test_permanent_failures_are_not_retried(brief, status, reason):
    model = FlakyModel(errors=[HTTPError(status)], answer=plan_args(brief))
    provider = LLMProvider(model, provider="openai", model="gpt-x", max_retries=3, backoff=FAST)
    with pytest.raises(ProviderError) as caught:
        provider.generate(plan_request(brief))
    assert str(caught.value) == f"openai gpt-x: {reason}"
    assert model.calls == 1


def test_retries_give_up_with_one_line(brief):
    model = FlakyModel(errors=[HTTPError(503)] * 5, answer=plan_args(brief))
    provider = LLMProvider(model, provider="openai", model="gpt-x", max_retries=2, backoff=FAST)
    with pytest.raises(TransientProviderError) as caught:
        provider.generate(plan_request(brief))
    assert str(caught.value) == (
        "openai gpt-x: HTTP 503 service unavailable (gave up after 3 attempts)"
    )
    assert model.calls == 3


def test_retry_after_is_honoured_up_to_the_cap():
    backoff = Backoff(initial=0.1, factor=2, maximum=5, jitter=False)
    assert backoff.delay(1) == 0.1 and backoff.delay(3) == pytest.approx(0.4)
    assert backoff.delay(1, retry_after=2) == 2
    assert backoff.delay(1, retry_after=60) == 5
    assert backoff.delay(10) == 5
    jittered = Backoff(initial=1, factor=2, maximum=20)
    assert all(4 <= jittered.delay(3) <= 5 for _ in range(50))


def test_a_slow_call_times_out(brief):
    model = FlakyModel(errors=[], answer=plan_args(brief), delay=2)
    provider = LLMProvider(model, provider="fake", model="m", timeout=0.2, max_retries=0)
    t0 = time.monotonic()
    with pytest.raises(TransientProviderError, match=r"^fake m: timed out after 0.2 s$"):
        provider.generate(plan_request(brief))
    assert time.monotonic() - t0 < 1.0


def test_cancel_mid_call_returns_at_once(brief):
    model = FlakyModel(errors=[], answer=plan_args(brief), delay=5)
    provider = LLMProvider(model, provider="fake", model="m", timeout=30)
    request = plan_request(brief)
    threading.Timer(0.2, request.cancel.set).start()
    t0 = time.monotonic()
    with pytest.raises(GenerationCancelled):
        provider.generate(request)
    assert time.monotonic() - t0 < 0.6


def test_cancel_during_backoff_returns_at_once(brief):
    model = FlakyModel(errors=[HTTPError(503)] * 5, answer=plan_args(brief))
    slow = Backoff(initial=30, maximum=30, jitter=False)
    provider = LLMProvider(model, provider="fake", model="m", max_retries=3, backoff=slow)
    request = plan_request(brief)
    threading.Timer(0.2, request.cancel.set).start()
    t0 = time.monotonic()
    with pytest.raises(GenerationCancelled):
        provider.generate(request)
    assert time.monotonic() - t0 < 0.6
    assert model.calls == 1


def test_a_model_builder_runs_once_on_first_use(brief):
    built: list[int] = []

    def build() -> BaseChatModel:
        built.append(1)
        return ToolFakeChatModel(messages=iter([tool_message(plan_args(brief))] * 2))

    provider = LLMProvider(build, provider="fake", model="m")
    assert built == []  # nothing imported or built at submit time
    provider.generate(plan_request(brief))
    provider.generate(plan_request(brief))
    assert built == [1]


def test_prompts_carry_limits_context_and_feedback(brief):
    request = plan_request(
        brief, feedback=["plan.md does not mention the client 'Acme Corp'."], revision=2
    )
    (role, system), (_, human) = build_messages(request)
    assert role == "system" and "project manager" in system
    assert "Email subject: 60" in system and "X (Twitter) post: 280" in system
    assert "No Markdown" in system or "no Markdown" in system
    assert "sent this section back (revision 2)" in human
    assert "does not mention the client 'Acme Corp'" in human
    assert "JSON schema" not in human
    (_, _), (_, with_schema) = build_messages(request, schema_in_prompt=True)
    assert '"phases"' in with_schema  # json_mode: the schema travels in the prompt
