"""Settings precedence, readable errors, `campaign-tui config`, and provider availability."""

from __future__ import annotations

import sys

import pytest

from tui_app.cli import main
from tui_app.config import Settings, SettingsError, default_config_file, load_settings
from tui_app.core.models import Campaign, CampaignStatus, Priority
from tui_app.core.providers.base import ProviderError
from tui_app.provider_setup import (
    ProviderUnavailable,
    build_chat_model,
    check_provider,
    describe_settings,
    mask_secret,
    provider_factory,
)

from .conftest import make_brief

KEY = "sk-proj-0123456789abcdefWXYZ"


def write_config(text: str):
    path = default_config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def campaign() -> Campaign:
    return Campaign(
        id="campaign_x",
        brief=make_brief(),
        status=CampaignStatus.QUEUED,
        priority=Priority.NORMAL,
        created_at=0,
    )


# -- precedence ------------------------------------------------------------------------


def test_defaults_when_nothing_is_configured():
    loaded = load_settings()
    assert loaded.settings.provider == "offline"
    assert loaded.settings.timeout == 60 and loaded.settings.structured_output == "auto"
    assert set(loaded.sources.values()) == {"default"}
    assert loaded.config_file is None


def test_file_then_environment_then_flags(monkeypatch):
    path = write_config(
        'provider = "ollama"\nmodel = "llama3.2"\ntimeout = 30\nmax_retries = 5\n'
        'base_url = "http://gpu-box:11434/"\n'
    )
    monkeypatch.setenv("CAMPAIGN_TUI_MODEL", "qwen2.5")
    monkeypatch.setenv("CAMPAIGN_TUI_TIMEOUT", "45")
    monkeypatch.setenv("CAMPAIGN_TUI_PROVIDER", "openai")
    loaded = load_settings({"provider": "ollama", "model": None})
    s = loaded.settings
    assert (s.provider, s.model, s.timeout, s.max_retries) == ("ollama", "qwen2.5", 45, 5)
    assert s.base_url == "http://gpu-box:11434"  # trailing slash dropped
    assert loaded.config_file == path
    assert loaded.sources["provider"] == "flag"
    assert loaded.sources["model"] == "env CAMPAIGN_TUI_MODEL"
    assert loaded.sources["timeout"] == "env CAMPAIGN_TUI_TIMEOUT"
    assert loaded.sources["max_retries"] == f"file {path}"
    assert loaded.sources["api_key_env"] == "default"


def test_flags_beat_everything_on_the_command_line(monkeypatch, capsys):
    write_config('provider = "ollama"\nmodel = "llama3.2"\n')
    monkeypatch.setenv("CAMPAIGN_TUI_MODEL", "qwen2.5")
    assert main(["config", "--model", "mistral"]) == 0
    out = capsys.readouterr().out
    assert "mistral" in out and "(flag)" in out
    assert "qwen2.5" not in out


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ({"env": ("CAMPAIGN_TUI_TIMEOUT", "soon")}, "timeout (env CAMPAIGN_TUI_TIMEOUT): "),
        ({"env": ("CAMPAIGN_TUI_PROVIDER", "gpt")}, "provider must be one of offline, openai"),
        ({"file": 'providr = "openai"\n'}, "unknown setting 'providr'"),
        ({"file": "timeout = -1\n"}, "timeout (file "),
        ({"file": 'base_url = "localhost:8080"\n'}, "base_url must be an http(s) URL"),
        ({"file": f'api_key_env = "{KEY}"\n'}, "the name of an environment variable"),
        ({"file": 'structured_output = "xml"\n'}, "structured_output (file "),
        ({"file": "provider = \n"}, "config.toml: "),
    ],
)
def test_invalid_values_give_readable_errors(monkeypatch, setup, expected):
    if "env" in setup:
        monkeypatch.setenv(*setup["env"])
    if "file" in setup:
        write_config(setup["file"])
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert expected in str(caught.value)
    assert KEY not in str(caught.value)


def test_a_bad_setting_exits_with_usage_error(monkeypatch, capsys):
    monkeypatch.setenv("CAMPAIGN_TUI_MAX_WORKERS", "0")
    assert main(["config"]) == 2
    err = capsys.readouterr().err
    assert "configuration error: max_workers (env CAMPAIGN_TUI_MAX_WORKERS)" in err
    assert "Traceback" not in err


# -- campaign-tui config ---------------------------------------------------------------


def test_config_command_masks_the_key_and_names_sources(monkeypatch, capsys):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    path = write_config('model = "gpt-4o-mini"\n')
    assert main(["config", "--provider", "openai"]) == 0
    out = capsys.readouterr().out
    assert KEY not in out
    assert "sk-…WXYZ" in out
    lines = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    assert lines["provider"].endswith("(flag)")
    assert lines["model"].endswith(f"(file {path})")
    assert "auto (function_calling)" in lines["structured_output"]
    assert "(env OPENAI_API_KEY)" in out
    assert f"Config file: {path}" in out
    assert "Provider ready: openai gpt-4o-mini" in out


def test_config_command_for_offline_defaults(capsys):
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert "(not found; none read)" in out
    assert "offline" in out and "Provider" not in out


def test_masking():
    assert mask_secret(KEY) == "sk-…WXYZ"
    assert mask_secret("short") == "****"
    loaded = load_settings(
        {"provider": "openai", "model": "m", "base_url": "http://u:hunter2@h/v1"}
    )
    text = describe_settings(loaded)
    assert "hunter2" not in text and "http://u:****@h/v1" in text


# -- provider availability ---------------------------------------------------------------


def test_missing_key_is_a_clear_message(monkeypatch, capsys):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    settings = Settings(provider="openai", model="gpt-4o-mini")
    with pytest.raises(ProviderUnavailable, match=r"^set OPENAI_API_KEY to your API key"):
        check_provider(settings)
    named = Settings(provider="openai", model="gpt-4o-mini", api_key_env="OPENROUTER_API_KEY")
    with pytest.raises(ProviderUnavailable, match=r"^set OPENROUTER_API_KEY"):
        check_provider(named)
    # the CLI says so without a traceback, before anything is stored
    assert main(["run", "bloom_bakery", "--provider", "openai", "--model", "gpt-4o-mini"]) == 2
    err = capsys.readouterr().err
    assert "set OPENAI_API_KEY" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "url", ["http://localhost:8080/v1", "http://127.0.0.1:1234/v1", "http://[::1]:8000/v1"]
)
def test_local_servers_need_no_key(monkeypatch, url):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    check_provider(Settings(provider="openai", model="local", base_url=url))


def test_a_key_in_the_named_variable_is_enough(monkeypatch):
    monkeypatch.setenv("OPENROUTER_API_KEY", KEY)
    check_provider(
        Settings(
            provider="openai",
            model="meta-llama/llama-3.1-8b-instruct",
            base_url="https://openrouter.ai/api/v1",
            api_key_env="OPENROUTER_API_KEY",
        )
    )


@pytest.mark.parametrize(
    ("provider", "module"), [("openai", "langchain_openai"), ("ollama", "langchain_ollama")]
)
def test_missing_package_is_a_clear_message(monkeypatch, capsys, provider, module):
    monkeypatch.setitem(sys.modules, module, None)  # `import module` now fails
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    settings = Settings(provider=provider, model="m")
    with pytest.raises(ProviderUnavailable) as caught:
        check_provider(settings)
    assert str(caught.value) == (
        f"the {provider} provider needs the {module} package: "
        f"pip install 'campaign-tui[{provider}]'"
    )
    # a campaign that gets this far fails with the same line, not a traceback
    with pytest.raises(ProviderError, match=rf"^{provider} m: the {provider} provider needs"):
        build_chat_model(settings)
    assert main(["run", "bloom_bakery", "--provider", provider, "--model", "m"]) == 2
    assert f"pip install 'campaign-tui[{provider}]'" in capsys.readouterr().err


def test_llm_providers_need_a_model(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    with pytest.raises(ProviderUnavailable, match="needs a model: --model NAME"):
        check_provider(Settings(provider="ollama"))


# -- the factory -------------------------------------------------------------------------


def test_offline_provider_is_shared():
    make = provider_factory(Settings())
    assert make(campaign()) is make(campaign())
    assert make(campaign()).name == "offline"


def test_each_campaign_gets_its_own_llm_provider_and_model(monkeypatch):
    pytest.importorskip("langchain_openai")
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    settings = Settings(provider="openai", model="gpt-4o-mini", timeout=12, max_retries=2)
    make = provider_factory(settings)
    settings.model = "changed-later"  # the factory took a snapshot
    first, second = make(campaign()), make(campaign())
    assert first is not second
    assert (first.name, first.model, first.timeout, first.max_retries) == (
        "openai",
        "gpt-4o-mini",
        12,
        2,
    )
    assert first.method == "function_calling"
    chat_1, chat_2 = first._chat_model(), second._chat_model()
    assert chat_1 is not chat_2
    assert chat_1.model_name == "gpt-4o-mini" and chat_1.max_retries == 0  # we retry, not it
    assert chat_1.request_timeout == 12


def test_ollama_uses_json_schema_and_its_own_host():
    pytest.importorskip("langchain_ollama")
    settings = Settings(provider="ollama", model="llama3.2", base_url="http://gpu-box:11434")
    provider = provider_factory(settings)(campaign())
    assert provider.method == "json_schema"
    chat = provider._chat_model()  # builds without contacting the server
    assert chat.base_url == "http://gpu-box:11434" and chat.model == "llama3.2"
    forced = Settings(provider="ollama", model="llama3.2", structured_output="function_calling")
    assert provider_factory(forced)(campaign()).method == "function_calling"
