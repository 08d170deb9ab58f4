"""LangGraph checkpoints of every campaign: opening `checkpoints.db` safely and housekeeping.

One `SqliteSaver` (one connection, WAL) serves every campaign thread. Opening checks the file
like the campaign store does (a damaged database is reported, never written into), and the
housekeeping (does a campaign have a checkpoint, forget a campaign, keep only what a finished
campaign needs) goes through the saver's own API where it has one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from .datadir import check_database, create_private_file, database_error

if TYPE_CHECKING:
    from langgraph.checkpoint.sqlite import SqliteSaver


def open_saver(path: Path) -> SqliteSaver:
    """The saver for `checkpoints.db` (created 0600); DataDirError if the file is unusable."""
    from langgraph.checkpoint.sqlite import SqliteSaver

    try:
        create_private_file(path)
        conn = sqlite3.connect(path, check_same_thread=False, timeout=30)
    except (sqlite3.Error, OSError) as exc:
        raise database_error(path, exc) from None
    try:
        check_database(conn, path)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        saver = SqliteSaver(conn)
        saver.setup()
    except (sqlite3.Error, OSError) as exc:
        conn.close()
        raise database_error(path, exc) from None
    except BaseException:
        conn.close()
        raise
    return saver


def check_file(path: Path) -> None:
    """`PRAGMA quick_check` of an existing `checkpoints.db` without LangGraph, so that a
    damaged file is reported when the data dir opens, before anything is stored (the saver
    itself opens only when the first campaign runs). DataDirError if it is unusable."""
    if not path.is_file():
        return  # made when the first campaign runs
    try:
        conn = sqlite3.connect(path, timeout=30)
    except (sqlite3.Error, OSError) as exc:
        raise database_error(path, exc) from None
    try:
        check_database(conn, path)
    finally:
        conn.close()


def has_checkpoint(saver: SqliteSaver, campaign_id: str) -> bool:
    config = {"configurable": {"thread_id": campaign_id, "checkpoint_ns": ""}}
    return saver.get_tuple(config) is not None


def forget(saver: SqliteSaver, campaign_id: str) -> None:
    """Delete every checkpoint of a campaign (a retry from scratch)."""
    saver.delete_thread(campaign_id)


def keep_step_ends(saver: SqliteSaver, campaign_id: str) -> None:
    """For a finished campaign: keep every checkpoint (each ends a step, and with section
    versions in the state each is self-consistent: a later step can be forked from), and drop
    the pending writes stored between them."""
    with saver.lock:
        saver.conn.execute("DELETE FROM writes WHERE thread_id=?", (campaign_id,))
        saver.conn.commit()


def close(saver: SqliteSaver) -> None:
    with saver.lock:
        saver.conn.close()


__all__ = ["check_file", "close", "forget", "has_checkpoint", "keep_step_ends", "open_saver"]
