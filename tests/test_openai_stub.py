"""The real `langchain-openai` client against a local OpenAI-compatible stub (no network).

Campaigns run through the app's own provider factory with `base_url` pointing at the stub on
127.0.0.1; the stub answers with tool calls (see tests/openai_stub.py) or misbehaves on cue.
"""

from __future__ import annotations

import time

import pytest

pytest.importorskip("langchain_openai")

from tui_app.config import Settings
from tui_app.core.engine import CampaignEngine
from tui_app.core.models import CampaignStatus
from tui_app.core.providers.llm import Backoff
from tui_app.provider_setup import provider_factory

from .conftest import make_brief
from .openai_stub import Action, OpenAIStub

FAST = Backoff(initial=0.01, factor=2.0, maximum=0.05, jitter=False)
MODEL = "stub-model"


@pytest.fixture
def stub():
    with OpenAIStub() as server:
        yield server


def engine_for(data_dir, stub: OpenAIStub, **settings) -> CampaignEngine:
    values = {"provider": "openai", "model": MODEL, "base_url": stub.url, "timeout": 10}
    values.update(settings)
    factory = provider_factory(Settings(**values), backoff=FAST)
    return CampaignEngine(data_dir, provider=factory)


def run_one(engine: CampaignEngine, timeout: float = 60):
    campaign = engine.submit(make_brief())
    assert engine.wait([campaign.id], timeout=timeout)
    return engine.get(campaign.id)


def test_a_campaign_runs_end_to_end_against_the_stub(data_dir, stub, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)  # a local server needs no key
    engine = engine_for(data_dir, stub)
    done = run_one(engine)
    assert done.status is CampaignStatus.DONE, done.error_summary
    assert (done.provider, done.model) == ("openai", MODEL)
    assert stub.count == 11  # one request per content section, no retries
    first = stub.requests[0]
    assert first["model"] == MODEL
    assert first["tools"][0]["function"]["name"] == "Plan"
    assert first["tool_choice"]["function"]["name"] == "Plan"  # function calling
    assert [m["role"] for m in first["messages"]] == ["system", "user"]
    runs = [r for r in engine.store.node_runs(done.id) if r.tokens_in]
    assert len(runs) == 11 and all(r.tokens_out > 0 for r in runs)
    assert done.tokens_in == sum(r.tokens_in for r in runs) > 0
    assert done.website_path and done.quality_score is not None
    engine.close()


def test_a_429_is_retried_and_the_campaign_succeeds(data_dir, stub):
    stub.then(Action(status=429, retry_after=0), Action(status=503))
    engine = engine_for(data_dir, stub)
    done = run_one(engine)
    assert done.status is CampaignStatus.DONE, done.error_summary
    assert stub.count == 13
    warnings = [e.message for e in engine.store.logs(done.id) if e.level == "warning"]
    assert any("HTTP 429 rate limited" in w and "retrying" in w for w in warnings)
    assert any("HTTP 503 service unavailable" in w for w in warnings)
    engine.close()


def test_a_call_that_keeps_timing_out_fails_the_campaign(data_dir, stub):
    stub.delay = 3
    engine = engine_for(data_dir, stub, timeout=0.3, max_retries=1)
    t0 = time.monotonic()
    failed = run_one(engine)
    assert time.monotonic() - t0 < 3  # the client gave up; nobody waited for the stub
    assert failed.status is CampaignStatus.FAILED
    assert failed.error_node == "project_manager"
    assert failed.error_type == "TransientProviderError"
    assert failed.error_message == (
        f"openai {MODEL}: timed out after 0.3 s (gave up after 2 attempts)"
    )
    assert stub.count == 2
    engine.close()


def test_a_timeout_then_an_answer_succeeds(data_dir, stub):
    stub.then(Action(delay=2))
    engine = engine_for(data_dir, stub, timeout=0.5)
    done = run_one(engine)
    assert done.status is CampaignStatus.DONE, done.error_summary
    assert stub.count == 12
    engine.close()


def test_malformed_json_arguments_are_repaired_once_then_fail(data_dir, stub):
    stub.then(Action(malformed_args=True))  # the first answer only: repaired
    engine = engine_for(data_dir, stub)
    assert run_one(engine).status is CampaignStatus.DONE
    assert stub.count == 12
    repair = stub.requests[1]["messages"][-1]["content"]
    assert repair.startswith("Your last answer could not be used")
    stub.default = Action(malformed_args=True)  # always: the campaign fails
    failed = run_one(engine)
    assert failed.status is CampaignStatus.FAILED
    assert failed.error_node == "project_manager"
    assert failed.error_message == (
        f"openai {MODEL}: output did not fit Plan (the tool call's arguments were not valid JSON)"
    )
    engine.close()


def test_a_body_that_is_not_json_fails_clearly(data_dir, stub):
    stub.default = Action(bad_body=True)
    engine = engine_for(data_dir, stub)
    failed = run_one(engine)
    assert failed.status is CampaignStatus.FAILED
    assert failed.error_message.startswith(f"openai {MODEL}: the response was not valid JSON")
    assert stub.count == 1  # not a transient failure: no retry
    engine.close()


def test_a_wrong_key_fails_without_retries(data_dir, stub):
    stub.default = Action(status=401)
    engine = engine_for(data_dir, stub)
    failed = run_one(engine)
    assert failed.status is CampaignStatus.FAILED
    assert failed.error_message == (
        f"openai {MODEL}: HTTP 401 unauthorized (check the API key): Incorrect API key provided"
    )
    assert stub.count == 1
    engine.close()


def test_cancel_mid_request_stops_the_campaign_at_once(data_dir, stub):
    stub.delay = 10
    engine = engine_for(data_dir, stub, timeout=60)
    campaign = engine.submit(make_brief())
    assert stub.wait_for_requests(1)  # the first call is in flight, the stub asleep
    t0 = time.monotonic()
    engine.cancel(campaign.id)
    assert engine.wait([campaign.id], timeout=10)
    elapsed = time.monotonic() - t0
    assert elapsed < 3, f"cancel took {elapsed:.1f} s"
    cancelled = engine.get(campaign.id)
    assert cancelled.status is CampaignStatus.CANCELLED
    assert stub.count == 1
    engine.close()
