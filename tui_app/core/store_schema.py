"""The campaign store's tables, and each schema version's upgrade from the one before."""

from __future__ import annotations

SCHEMA_VERSION = 5

SCHEMA = """
CREATE TABLE IF NOT EXISTS campaigns (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    client TEXT NOT NULL,
    user TEXT NOT NULL,
    brief_json TEXT NOT NULL,
    status TEXT NOT NULL,
    priority TEXT NOT NULL,
    created_at REAL NOT NULL,
    started_at REAL,
    finished_at REAL,
    current_node TEXT,
    steps_done INTEGER NOT NULL DEFAULT 0,
    steps_total INTEGER NOT NULL DEFAULT 15,
    error_node TEXT,
    error_type TEXT,
    error_message TEXT,
    execution_time REAL,
    website_path TEXT,
    artifacts_count INTEGER NOT NULL DEFAULT 0,
    revisions INTEGER NOT NULL DEFAULT 0,
    quality_score INTEGER,
    provider TEXT NOT NULL DEFAULT 'offline',
    model TEXT,
    tokens_in INTEGER NOT NULL DEFAULT 0,
    tokens_out INTEGER NOT NULL DEFAULT 0,
    owner_pid INTEGER,
    owner TEXT,
    findings_json TEXT,
    brand TEXT,
    awaiting_step TEXT,
    decision_json TEXT,
    parent_id TEXT,
    fork_step TEXT
);
CREATE INDEX IF NOT EXISTS campaigns_status ON campaigns(status);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    at REAL NOT NULL,
    level TEXT NOT NULL,
    node TEXT,
    message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_campaign ON events(campaign_id, id);
CREATE TABLE IF NOT EXISTS artifacts (
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    kind TEXT NOT NULL,
    node TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    created_at REAL NOT NULL,
    PRIMARY KEY (campaign_id, path)
);
CREATE TABLE IF NOT EXISTS node_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    node TEXT NOT NULL,
    started_at REAL NOT NULL,
    duration REAL NOT NULL,
    tokens_in INTEGER NOT NULL DEFAULT 0,
    tokens_out INTEGER NOT NULL DEFAULT 0,
    error TEXT
);
CREATE INDEX IF NOT EXISTS node_runs_campaign ON node_runs(campaign_id, id);
CREATE TABLE IF NOT EXISTS brands (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    profile_json TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
"""

# Columns a caller may update through `update_campaign`.
_UPDATABLE = {
    "status",
    "priority",
    "started_at",
    "finished_at",
    "current_node",
    "steps_done",
    "steps_total",
    "error_node",
    "error_type",
    "error_message",
    "execution_time",
    "website_path",
    "artifacts_count",
    "revisions",
    "quality_score",
    "provider",
    "model",
    "tokens_in",
    "tokens_out",
    "owner_pid",
    "owner",
    "awaiting_step",
    "decision_json",
    "parent_id",
    "fork_step",
    "brand",
    "findings_json",
}
# Each schema version's upgrade from the one before (run in order, in one transaction).
MIGRATIONS = {
    2: ("ALTER TABLE campaigns ADD COLUMN owner TEXT",),
    3: ("ALTER TABLE campaigns ADD COLUMN findings_json TEXT",),
    # brand profiles; a campaign names the profile its brief started from (the brief itself
    # is stored whole, so editing or removing a profile never rewrites a past campaign)
    4: (
        "CREATE TABLE brands (name TEXT PRIMARY KEY COLLATE NOCASE, profile_json TEXT NOT NULL,"
        " created_at REAL NOT NULL, updated_at REAL NOT NULL)",
        "ALTER TABLE campaigns ADD COLUMN brand TEXT",
    ),
    # approvals (the step a campaign awaits, the decision to resume with) and variants (the
    # campaign a variant was forked from, and the step it restarted at)
    5: (
        "ALTER TABLE campaigns ADD COLUMN awaiting_step TEXT",
        "ALTER TABLE campaigns ADD COLUMN decision_json TEXT",
        "ALTER TABLE campaigns ADD COLUMN parent_id TEXT",
        "ALTER TABLE campaigns ADD COLUMN fork_step TEXT",
    ),
}


__all__ = ["MIGRATIONS", "SCHEMA", "SCHEMA_VERSION"]
