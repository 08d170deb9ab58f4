"""A store seeded with campaigns in every state, with fixed ids, times and paths.

Snapshots must not change from run to run, so everything a screen shows is fixed here: the
data dir is a fixed path, ids and timestamps are constants, and the app's clock is frozen.
One campaign is really generated (offline, deterministic) so its artifacts and log are real.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from tui_app.core.engine import CampaignEngine
from tui_app.core.models import CampaignStatus, Priority
from tui_app.core.owners import OwnerLock
from tui_app.core.providers.offline import OfflineProvider
from tui_app.core.workflow.team import TEAM
from tui_app.samples import samples


def snapshot_dir() -> Path:
    """The seeded data dir: in the test's own home (tests/conftest.py), which the screens show
    as `~/campaign-data`, the same in every run, so runs side by side never share it."""
    return Path.home() / "campaign-data"


_KEEPER: OwnerLock | None = None
NOW = 1_795_950_000.0  # the frozen clock: 2026-11-29 10:59:00 UTC
DONE_ID = "campaign_20261129_091500_40213"


def seed_store(data_dir: Path | None = None) -> Path:
    """(Re)create a data dir with six campaigns: done, running ×2, queued, failed, cancelled."""
    data_dir = data_dir or snapshot_dir()
    shutil.rmtree(data_dir, ignore_errors=True)
    briefs = samples()
    engine = CampaignEngine(data_dir, autostart=False, provider=OfflineProvider())
    store = engine.store
    me = os.getpid()
    # a live owner for the running and queued rows, held as long as the tests run: the app
    # under test leaves them as they are
    global _KEEPER
    _KEEPER = OwnerLock(engine.paths.owners_dir)

    # a real, finished campaign
    done = store.create_campaign(
        briefs["solar_backpack"],
        campaign_id=DONE_ID,
        created_at=NOW - 600,
        owner_pid=me,
        owner=engine.owner.token,
    )
    engine.queue_stored(done.id)
    assert engine.claim_next() == done.id
    assert engine.run(done.id) is CampaignStatus.DONE
    store.update_campaign(
        done.id, started_at=NOW - 590, finished_at=NOW - 589.5, execution_time=0.46
    )

    rows = [
        ("campaign_20261129_092000_18830", "ledgerly_b2b", CampaignStatus.RUNNING, 9, "visual"),
        (
            "campaign_20261129_092005_55104",
            "bloom_bakery",
            CampaignStatus.RUNNING,
            7,
            "social_media_campaign, emotion_personalization, media_planner",
        ),
        ("campaign_20261129_092010_90071", "vinyl_revival", CampaignStatus.QUEUED, 0, None),
        ("campaign_20261129_091000_31337", "fitpulse_app", CampaignStatus.FAILED, 4, None),
        ("campaign_20261129_090500_72001", "solar_backpack", CampaignStatus.CANCELLED, 6, None),
    ]
    for offset, (campaign_id, sample, status, steps, node) in enumerate(rows):
        created = NOW - 300 + offset * 5
        campaign = store.create_campaign(
            briefs[sample],
            Priority.HIGH if sample == "ledgerly_b2b" else None,
            campaign_id=campaign_id,
            created_at=created if status is not CampaignStatus.FAILED else NOW - 900,
            owner_pid=me,
            owner=_KEEPER.token,
        )
        fields = {"status": status, "steps_done": steps, "current_node": node}
        if status is CampaignStatus.RUNNING:
            fields["started_at"] = NOW - 12.4 - offset
        if status is CampaignStatus.FAILED:
            fields |= {
                "error_node": "copy",
                "error_type": "ProviderError",
                "error_message": "openai gpt-4o-mini: HTTP 429 rate limit, 4 attempts",
                "execution_time": 31.2,
            }
        if status is CampaignStatus.CANCELLED:
            fields["execution_time"] = 0.3
        store.update_campaign(campaign.id, **fields)
    engine.close()

    # fixed times on the real campaign's log, artifacts and node runs; the two parallel
    # branches log in whichever order they finish, so put the log in graph order
    with sqlite3.connect(data_dir / "campaigns.db") as conn:
        rows = conn.execute(
            "SELECT campaign_id, level, node, message FROM events ORDER BY id"
        ).fetchall()
        rank, ordered = 0, []
        for row in rows:
            rank = TEAM.names.index(row[2]) if row[2] in TEAM.names else rank
            ordered.append((rank, row))
        ordered.sort(key=lambda item: item[0])
        conn.execute("DELETE FROM events")
        conn.executemany(
            "INSERT INTO events (campaign_id, at, level, node, message) VALUES (?, 0, ?, ?, ?)",
            [row for _, row in ordered],
        )
        conn.execute("UPDATE events SET at = ? + id * 0.01", (NOW - 590,))
        conn.execute(
            "UPDATE events SET message = '⏱️ Execution time: 0.46 seconds'"
            " WHERE message LIKE '⏱️ Execution time:%'"
        )
        conn.execute("UPDATE artifacts SET created_at = ?", (NOW - 589,))
        conn.execute("UPDATE node_runs SET started_at = ?, duration = 0.02", (NOW - 590,))
    return data_dir


VARIANT_ID = "campaign_20261129_093000_40377"
AWAITING_ID = "campaign_20261129_094500_51730"


def _run_one(data_dir: Path, sample: str, changes: dict, campaign_id: str, age: float,
             expect: CampaignStatus, **times: float) -> str:  # fmt: skip
    """Really run one sample brief (with `changes`) under a fixed id and creation time, then
    pin its other times; returns the id."""
    brief = samples()[sample]
    brief = type(brief).parse({**brief.to_data(), **changes})
    engine = CampaignEngine(data_dir, autostart=False, provider=OfflineProvider())
    try:
        campaign = engine.store.create_campaign(
            brief,
            campaign_id=campaign_id,
            created_at=NOW - age,
            owner_pid=os.getpid(),
            owner=engine.owner.token,
        )
        engine.queue_stored(campaign.id)
        assert engine.claim_next() == campaign.id
        assert engine.run(campaign.id) is expect
        engine.store.update_campaign(campaign.id, **times)
    finally:
        engine.close()
    return campaign_id


def seed_awaiting(data_dir: Path) -> str:
    """Add a real campaign paused for approval after its strategy (the bakery sample, with
    its fixed id and times). Returns its id."""
    return _run_one(
        data_dir, "bloom_bakery", {"approve_after": ["strategy"]}, AWAITING_ID, 300,
        CampaignStatus.AWAITING, started_at=NOW - 290,
    )  # fmt: skip


def seed_variant(data_dir: Path) -> str:
    """Add a second real campaign to a seeded store: the done one's brief in a casual tone
    with its own call to action (what the compare view is for). Returns its id."""
    return _run_one(
        data_dir, "solar_backpack", {"tone": "casual", "primary_cta": "Book a demo"},
        VARIANT_ID, 500, CampaignStatus.DONE,
        started_at=NOW - 490, finished_at=NOW - 489.5, execution_time=0.41,
    )  # fmt: skip
