"""SQLite store for campaigns, their log lines, node runs and artifacts.

Writes go through one connection guarded by a lock, each a short transaction. Reads use a
connection of the reading thread's own: in WAL mode they never wait for a writer, so the UI
thread is never stuck behind four busy workers.
"""

from __future__ import annotations

import random
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from .brands import BrandShelf
from .datadir import check_database, create_private_file, database_error
from .models import (
    Artifact,
    Campaign,
    CampaignBrief,
    CampaignStatus,
    LogEntry,
    NodeRun,
    Priority,
)
from .owners import owner_alive
from .store_rows import _brief, _campaign, _like
from .store_schema import _UPDATABLE, MIGRATIONS, SCHEMA, SCHEMA_VERSION


def new_campaign_id(now: datetime | None = None, rng: random.Random | None = None) -> str:
    """`campaign_YYYYMMDD_HHMMSS_NNNNN` in local time with five random digits."""
    now = now or datetime.now()
    digits = (rng or random).randrange(100_000)
    return f"campaign_{now:%Y%m%d_%H%M%S}_{digits:05d}"


class CampaignStore(BrandShelf):
    """Thread-safe access to `campaigns.db`.

    Opening checks the file (`PRAGMA quick_check`): a damaged or unusable database raises
    `DataDirError` with what to do, and nothing is written into it.
    """

    def __init__(self, path: str | Path, owners_dir: Path | None = None):
        self.path = Path(path)
        self.owners_dir = owners_dir or self.path.parent / "owners"
        self._lock = threading.RLock()
        self._local = threading.local()
        # a brief never changes once stored: parse each one once (the UI re-reads campaigns
        # many times a second while they run)
        self._briefs: dict[str, CampaignBrief] = {}
        self._readers: list[sqlite3.Connection] = []
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            create_private_file(self.path)
            self._conn = self._connect()
        except (sqlite3.Error, OSError) as exc:
            raise database_error(self.path, exc) from None
        try:
            self._open()
        except (sqlite3.Error, OSError) as exc:
            self._conn.close()
            raise database_error(self.path, exc) from None
        except BaseException:
            self._conn.close()
            raise

    def _open(self) -> None:
        with self._lock:
            check_database(self._conn, self.path)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                from .datadir import DataDirError

                raise DataDirError(
                    f"{self.path} was written by a newer campaign-tui (schema {version}); "
                    "upgrade campaign-tui or use another --data-dir."
                )
            fresh = not self._conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name='campaigns'"
            ).fetchone()
            if not fresh and version == SCHEMA_VERSION:
                return  # nothing to write: a full disk can still be read
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                if fresh:
                    for statement in SCHEMA.split(";"):
                        if statement.strip():
                            self._conn.execute(statement)
                else:
                    for target in range(max(version, 1) + 1, SCHEMA_VERSION + 1):
                        for statement in MIGRATIONS.get(target, ()):
                            self._conn.execute(statement)
                self._conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=10)
        conn.row_factory = sqlite3.Row
        return conn

    def _reader(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
            conn.execute("PRAGMA query_only=ON")
            with self._lock:
                self._readers.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()
            self._conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        return self._reader().execute(sql, tuple(params)).fetchall()

    # -- campaigns ------------------------------------------------------------

    def create_campaign(
        self,
        brief: CampaignBrief,
        priority: Priority | None = None,
        *,
        provider: str = "offline",
        model: str | None = None,
        owner_pid: int | None = None,
        owner: str | None = None,
        steps_total: int = 15,
        campaign_id: str | None = None,
        created_at: float | None = None,
        brand: str | None = None,
    ) -> Campaign:
        """Insert a new queued campaign with a fresh unique id (or the given one)."""
        return self.create_campaigns(
            [(brief, priority or brief.priority)],
            provider=provider,
            model=model,
            owner_pid=owner_pid,
            owner=owner,
            steps_total=steps_total,
            campaign_id=campaign_id,
            created_at=created_at,
            brand=brand,
        )[0]

    def create_campaigns(
        self,
        items: list[tuple[CampaignBrief, Priority]],
        *,
        provider: str = "offline",
        model: str | None = None,
        owner_pid: int | None = None,
        owner: str | None = None,
        steps_total: int = 15,
        campaign_id: str | None = None,
        created_at: float | None = None,
        brand: str | None = None,
        parent_id: str | None = None,
        fork_step: str | None = None,
    ) -> list[Campaign]:
        """Insert queued campaigns in ONE transaction: all are stored, or none is.

        `brand` names the brand profile the briefs started from (recorded, never re-read)."""
        created = time.time() if created_at is None else created_at
        rows = [(brief, priority, brief.to_json()) for brief, priority in items]
        for _ in range(50):
            ids = [campaign_id] if campaign_id and len(rows) == 1 else []
            while len(ids) < len(rows):
                candidate = new_campaign_id()
                if candidate not in ids:
                    ids.append(candidate)
            try:
                with self._tx() as conn:
                    conn.executemany(
                        "INSERT INTO campaigns (id, name, client, user, brief_json, status,"
                        " priority, created_at, steps_total, provider, model, owner_pid, owner,"
                        " brand, parent_id, fork_step) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        [
                            (
                                cid,
                                brief.campaign_name,
                                brief.client,
                                brief.user,
                                text,
                                CampaignStatus.QUEUED.value,
                                priority.value,
                                created,
                                steps_total,
                                provider,
                                model,
                                owner_pid,
                                owner,
                                brand,
                                parent_id,
                                fork_step,
                            )
                            for cid, (brief, priority, text) in zip(ids, rows, strict=True)
                        ],
                    )
            except sqlite3.IntegrityError:
                if campaign_id:
                    raise ValueError(f"campaign id {campaign_id} is taken") from None
                continue
            return [
                Campaign(
                    id=cid,
                    brief=brief,
                    status=CampaignStatus.QUEUED,
                    priority=priority,
                    created_at=created,
                    steps_total=steps_total,
                    provider=provider,
                    model=model,
                    owner=owner,
                    brand=brand,
                    parent_id=parent_id,
                    fork_step=fork_step,
                )
                for cid, (brief, priority, _) in zip(ids, rows, strict=True)
            ]
        raise RuntimeError("could not allocate a unique campaign id")

    def update_campaign(self, campaign_id: str, **fields: Any) -> None:
        unknown = set(fields) - _UPDATABLE
        if unknown:
            raise ValueError(f"not updatable: {sorted(unknown)}")
        if not fields:
            return
        values = [v.value if hasattr(v, "value") else v for v in fields.values()]
        assignments = ", ".join(f"{name}=?" for name in fields)
        with self._tx() as conn:
            conn.execute(f"UPDATE campaigns SET {assignments} WHERE id=?", (*values, campaign_id))

    def transition(
        self,
        campaign_id: str,
        from_statuses: Iterable[CampaignStatus],
        *,
        if_owner: str | object | None = ...,
        **fields: Any,
    ) -> bool:
        """Compare-and-set: update the campaign only if its status is one of `from_statuses`
        (and, when `if_owner` is given, its owner is that token; None means no owner).

        Returns whether this call made the change. Two processes racing to resume or adopt
        the same campaign: exactly one gets True.
        """
        unknown = set(fields) - _UPDATABLE
        if unknown:
            raise ValueError(f"not updatable: {sorted(unknown)}")
        statuses = [s.value for s in from_statuses]
        values = [v.value if hasattr(v, "value") else v for v in fields.values()]
        assignments = ", ".join(f"{name}=?" for name in fields)
        sql = (
            f"UPDATE campaigns SET {assignments} WHERE id=?"
            f" AND status IN ({','.join('?' * len(statuses))})"
        )
        params: list[Any] = [*values, campaign_id, *statuses]
        if if_owner is not ...:
            sql += " AND owner IS ?"
            params.append(if_owner)
        with self._tx() as conn:
            return conn.execute(sql, params).rowcount == 1

    def _campaign(self, row: sqlite3.Row) -> Campaign:
        brief = self._briefs.get(row["id"])
        if brief is None:
            brief = self._briefs[row["id"]] = _brief(row["brief_json"])
        return _campaign(row, brief)

    def get_many(self, campaign_ids: Iterable[str]) -> list[Campaign]:
        """These campaigns (those that exist), in one query."""
        ids = list(campaign_ids)
        if not ids:
            return []
        rows = self._query(f"SELECT * FROM campaigns WHERE id IN ({','.join('?' * len(ids))})", ids)
        return [self._campaign(row) for row in rows]

    def get(self, campaign_id: str) -> Campaign | None:
        rows = self._query("SELECT * FROM campaigns WHERE id=?", (campaign_id,))
        return self._campaign(rows[0]) if rows else None

    def list_campaigns(
        self, statuses: Iterable[CampaignStatus] | None = None, limit: int | None = None
    ) -> list[Campaign]:
        """Campaigns, newest first."""
        sql = "SELECT * FROM campaigns"
        params: list[Any] = []
        if statuses is not None:
            wanted = [s.value for s in statuses]
            sql += f" WHERE status IN ({','.join('?' * len(wanted))})"
            params.extend(wanted)
        sql += " ORDER BY created_at DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [self._campaign(row) for row in self._query(sql, params)]

    def find(self, prefix: str) -> list[str]:
        """Ids starting with `prefix` (lets the CLI accept a unique prefix or suffix)."""
        rows = self._query(
            "SELECT id FROM campaigns WHERE id LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\'",
            (_like(prefix) + "%", "%" + _like(prefix)),
        )
        return [row["id"] for row in rows]

    def counts(self) -> dict[CampaignStatus, int]:
        rows = self._query("SELECT status, COUNT(*) AS n FROM campaigns GROUP BY status")
        counts = dict.fromkeys(CampaignStatus, 0)
        for row in rows:
            counts[CampaignStatus(row["status"])] = row["n"]
        return counts

    def owned_by_dead_processes(
        self, statuses: Iterable[CampaignStatus]
    ) -> list[tuple[str, str | None]]:
        """(id, owner token) of campaigns in these states whose owner is gone (crashed, quit)
        or that have none."""
        wanted = [s.value for s in statuses]
        rows = self._query(
            f"SELECT id, owner FROM campaigns WHERE status IN ({','.join('?' * len(wanted))})"
            " ORDER BY created_at, id",
            wanted,
        )
        alive: dict[str | None, bool] = {}
        dead = []
        for row in rows:
            token = row["owner"]
            if token not in alive:
                alive[token] = owner_alive(self.owners_dir, token)
            if not alive[token]:
                dead.append((row["id"], token))
        return dead

    def owner_is_alive(self, token: str | None) -> bool:
        return owner_alive(self.owners_dir, token)

    # -- logs -------------------------------------------------------------------

    def add_log(self, entry: LogEntry) -> None:
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO events (campaign_id, at, level, node, message) VALUES (?,?,?,?,?)",
                (entry.campaign_id, entry.at, entry.level, entry.node, entry.message),
            )

    def logs(self, campaign_id: str, limit: int | None = None) -> list[LogEntry]:
        """Log lines oldest first; with `limit`, only the newest `limit`."""
        sql = "SELECT * FROM events WHERE campaign_id=? ORDER BY id DESC"
        params: list[Any] = [campaign_id]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        rows = self._query(sql, params)
        return [
            LogEntry(r["campaign_id"], r["at"], r["level"], r["node"], r["message"])
            for r in reversed(rows)
        ]

    # -- node runs -------------------------------------------------------------

    def add_node_run(self, run: NodeRun) -> None:
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO node_runs (campaign_id, node, started_at, duration, tokens_in,"
                " tokens_out, error) VALUES (?,?,?,?,?,?,?)",
                (
                    run.campaign_id,
                    run.node,
                    run.started_at,
                    run.duration,
                    run.tokens_in,
                    run.tokens_out,
                    run.error,
                ),
            )

    def node_runs(self, campaign_id: str) -> list[NodeRun]:
        rows = self._query(
            "SELECT * FROM node_runs WHERE campaign_id=? ORDER BY id", (campaign_id,)
        )
        return [
            NodeRun(
                r["campaign_id"],
                r["node"],
                r["started_at"],
                r["duration"],
                r["tokens_in"],
                r["tokens_out"],
                r["error"],
            )
            for r in rows
        ]

    # -- artifacts --------------------------------------------------------------

    def add_artifact(self, artifact: Artifact) -> int:
        """Record (or refresh) an artifact; returns the campaign's artifact count."""
        return self.add_artifacts([artifact])

    def add_artifacts(self, artifacts: list[Artifact]) -> int:
        """Record (or refresh) one campaign's artifacts in one transaction; returns its count."""
        if not artifacts:
            return 0
        campaign_id = artifacts[0].campaign_id
        with self._tx() as conn:
            conn.executemany(
                "INSERT INTO artifacts (campaign_id, path, kind, node, bytes, sha256, created_at)"
                " VALUES (?,?,?,?,?,?,?) ON CONFLICT(campaign_id, path) DO UPDATE SET"
                " kind=excluded.kind, node=excluded.node, bytes=excluded.bytes,"
                " sha256=excluded.sha256, created_at=excluded.created_at",
                [
                    (a.campaign_id, a.path, a.kind, a.node, a.bytes, a.sha256, a.created_at)
                    for a in artifacts
                ],
            )
            count = conn.execute(
                "SELECT COUNT(*) FROM artifacts WHERE campaign_id=?", (campaign_id,)
            ).fetchone()[0]
            conn.execute("UPDATE campaigns SET artifacts_count=? WHERE id=?", (count, campaign_id))
        return count

    def artifacts(self, campaign_id: str) -> list[Artifact]:
        rows = self._query(
            "SELECT * FROM artifacts WHERE campaign_id=? ORDER BY created_at, path", (campaign_id,)
        )
        return [
            Artifact(
                r["campaign_id"],
                r["path"],
                r["kind"],
                r["node"],
                r["bytes"],
                r["sha256"],
                r["created_at"],
            )
            for r in rows
        ]

    def clear_run_data(self, campaign_id: str) -> None:
        """Forget artifacts and node runs (a retry from scratch); logs are kept."""
        with self._tx() as conn:
            conn.execute("DELETE FROM artifacts WHERE campaign_id=?", (campaign_id,))
            conn.execute("DELETE FROM node_runs WHERE campaign_id=?", (campaign_id,))
            conn.execute(
                "UPDATE campaigns SET artifacts_count=0, website_path=NULL WHERE id=?",
                (campaign_id,),
            )

    # -- brand profiles ------------------------------------------------------------
