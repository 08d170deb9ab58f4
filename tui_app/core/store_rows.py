"""Rows of the campaign store as domain objects; old or hand-edited briefs still load."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from pydantic import ValidationError

from .models import Campaign, CampaignBrief, CampaignStatus, Priority
from .sanitize import for_terminal


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# the name a campaign shows when its stored brief cannot be read at all
DAMAGED_NAME = "⚠ damaged brief"


def brief_damage(text: object) -> str | None:
    """Why a stored brief cannot be read at all (not JSON, not an object), or None."""
    return _loaded(text)[1]


def _loaded(text: object) -> tuple[dict[str, Any], str | None]:
    """The stored brief's JSON object, or ({}, why it cannot be read)."""
    try:
        data = json.loads(text)  # type: ignore[arg-type]
    except (TypeError, ValueError, RecursionError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else type(exc).__name__
        return {}, f"its stored brief is not valid JSON ({reason})"
    if not isinstance(data, dict):
        return {}, f"its stored brief is a JSON {type(data).__name__}, not an object"
    return data, None


def _brief(text: str) -> CampaignBrief:
    """A stored brief. One stored under older rules (or edited by hand) still loads: fields
    that no longer validate are shown with their unsafe characters escaped, or left at their
    defaults, so listing and showing never fail on old data. One that is not a JSON object at
    all loads as an empty brief named DAMAGED_NAME (see `brief_damage` for why)."""
    data, damage = _loaded(text)  # parsed once
    if damage:
        return CampaignBrief.model_construct(campaign_name=DAMAGED_NAME)
    try:
        return CampaignBrief.model_validate(data)
    except ValidationError as exc:
        bad = {str(e["loc"][0]) for e in exc.errors() if e.get("loc")}
    repaired = {k: v for k, v in data.items() if k in CampaignBrief.model_fields}
    for name in bad:
        if name in repaired:
            repaired[name] = _escaped(repaired[name])
    try:
        return CampaignBrief.model_validate(repaired)
    except ValidationError as exc:
        for error in exc.errors():
            if error.get("loc"):
                repaired.pop(str(error["loc"][0]), None)
    try:
        return CampaignBrief.model_validate(repaired)
    except ValidationError:
        return CampaignBrief.model_construct()


def _escaped(value: Any) -> Any:
    if isinstance(value, str):
        return for_terminal(value, one_line=False).replace("\\ufffd", "?")
    if isinstance(value, list):
        return [_escaped(item) for item in value]
    return value


def _json_or(text: str | None, default: Any) -> Any:
    """A stored JSON column; a damaged one reads as empty (listing never fails on it)."""
    if not text:
        return default
    try:
        value = json.loads(text)
    except (TypeError, ValueError, RecursionError):
        return default
    return value if isinstance(value, type(default)) or default is None else default


def _campaign(row: sqlite3.Row, brief: CampaignBrief) -> Campaign:
    damage = brief_damage(row["brief_json"]) if brief.campaign_name == DAMAGED_NAME else None
    return Campaign(
        damaged=(
            f"{damage}. It is shown but cannot run; its kit folder is left as it is. "
            "Create it again from its brief file (campaign-tui run BRIEF.json)."
            if damage
            else None
        ),
        id=row["id"],
        brief=brief,
        status=CampaignStatus(row["status"]),
        priority=Priority(row["priority"]),
        created_at=row["created_at"],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        current_node=row["current_node"],
        steps_done=row["steps_done"],
        steps_total=row["steps_total"],
        error_node=row["error_node"],
        error_type=row["error_type"],
        error_message=row["error_message"],
        execution_time=row["execution_time"],
        website_path=row["website_path"],
        artifacts_count=row["artifacts_count"],
        revisions=row["revisions"],
        quality_score=row["quality_score"],
        provider=row["provider"],
        model=row["model"],
        tokens_in=row["tokens_in"],
        tokens_out=row["tokens_out"],
        owner=row["owner"],
        findings=_json_or(row["findings_json"], []),
        brand=row["brand"],
        awaiting_step=row["awaiting_step"],
        decision=_json_or(row["decision_json"], None),
        parent_id=row["parent_id"],
        fork_step=row["fork_step"],
    )


__all__ = ["_brief", "_campaign", "_like"]
