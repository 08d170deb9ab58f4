"""The data dir: where it keeps things, and one clear message for everything that can be wrong.

Every command and the TUI open the data dir through `open_data_dir`, so a data dir that is a
file, a read-only mount, a damaged database or a full disk gives one line saying what is wrong
and what to do, never a traceback. The dir is private to the user (0700) and the databases are
created 0600: briefs are client information.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path


class DataDirError(RuntimeError):
    """The data dir cannot be used; the message says why and what to do (one line)."""


@dataclass(frozen=True, slots=True)
class DataPaths:
    """Where a data dir keeps things."""

    root: Path

    @property
    def campaigns_db(self) -> Path:
        return self.root / "campaigns.db"

    @property
    def checkpoints_db(self) -> Path:
        return self.root / "checkpoints.db"

    @property
    def campaigns_dir(self) -> Path:
        return self.root / "campaigns"

    @property
    def owners_dir(self) -> Path:
        return self.root / "owners"

    def campaign_dir(self, campaign_id: str) -> Path:
        return self.campaigns_dir / campaign_id


def open_data_dir(root: str | Path) -> DataPaths:
    """Create (0700) or check the data dir and its folders; DataDirError if unusable."""
    try:
        path = Path(root).expanduser().resolve()
    except (OSError, RuntimeError) as exc:
        raise DataDirError(f"the data dir {root} cannot be resolved ({exc}).") from None
    paths = DataPaths(path)
    hint = "Pass --data-dir DIR (or set data_dir in config.toml) to use another folder."
    if path.exists() and not path.is_dir():
        raise DataDirError(f"the data dir {path} is a file, not a folder. {hint}")
    try:
        created = not path.exists()
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if created or (path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o077):
            with contextlib.suppress(OSError):
                path.chmod(0o700)  # briefs are client information: the owner only
    except OSError as exc:
        raise DataDirError(f"cannot create the data dir {path}: {_reason(exc)}. {hint}") from None
    for folder in (paths.campaigns_dir, paths.owners_dir):
        if folder.exists() and not folder.is_dir():
            raise DataDirError(
                f"{folder} is a file, but campaign-tui keeps its {folder.name} folder there. "
                f"Move the file away. {hint}"
            )
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise DataDirError(f"cannot create {folder}: {_reason(exc)}. {hint}") from None
    if not os.access(path, os.W_OK | os.X_OK) or not os.access(paths.campaigns_dir, os.W_OK):
        raise DataDirError(
            f"the data dir {path} is not writable (read-only mount or permissions). {hint}"
        )
    for db in (paths.campaigns_db, paths.checkpoints_db):
        if db.exists() and not db.is_file():
            kind = "folder" if db.is_dir() else "special file"
            raise DataDirError(
                f"{db} is not a database file (it is a {kind}). Move it away; campaign-tui "
                f"will start a new one. {hint}"
            )
    return paths


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (SQLite keeps the mode for -wal/-shm)."""
    if path.exists():
        return
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def check_database(conn: sqlite3.Connection, path: Path) -> None:
    """`PRAGMA quick_check` at open: a damaged database is reported, never written into."""
    try:
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.DatabaseError as exc:
        raise damaged(path, exc) from None
    problems = [str(r[0]) for r in rows if str(r[0]) != "ok"]
    if problems:
        raise damaged(path, "; ".join(problems)[:200])


def damaged(path: Path, detail: object) -> DataDirError:
    detail = " ".join(str(detail).split())[:200]
    return DataDirError(
        f"{path} is damaged ({detail}). Move it aside (e.g. mv {path.name} {path.name}.broken) "
        "and start again: campaign-tui creates a new one; the campaign folders stay as they are."
    )


def database_error(path: Path, exc: BaseException) -> DataDirError:
    """A sqlite3/OS error met while opening `path`, as a DataDirError with what to do."""
    text = str(exc)
    low = text.lower()
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return damaged(path, text)
    if (
        "readonly" in low
        or "read-only" in low
        or (isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM))
    ):
        return DataDirError(
            f"cannot write {path} (read-only file system or permissions). "
            "Pass --data-dir DIR to use a writable folder."
        )
    if is_disk_full(exc):
        return DataDirError(f"the disk holding {path} is full. Free some space and try again.")
    return DataDirError(f"cannot open {path}: {text or type(exc).__name__}.")


def is_disk_full(exc: BaseException) -> bool:
    """ENOSPC/EDQUOT from the OS, or SQLite's "database or disk is full"."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(current, sqlite3.Error) and "full" in str(current).lower():
            return True
        current = current.__cause__ or current.__context__
    return False


# Space kept back in the data dir for the moment the disk fills: deleting a piece of it lets
# SQLite write the rows and WAL pages that record *why* a campaign stopped (when no page can be
# written, a failure cannot even be stored). In pieces, one per failure, so a run that goes on
# writing cannot eat the room another one needs to record its failure. Made again once the disk
# has room.
RESERVE_DIR = ".space-reserve"
RESERVE_PIECES = 4
RESERVE_PIECE_BYTES = 64 * 1024


def keep_reserve(root: Path) -> int:
    """Make the missing pieces of the space reserve in `root` while the disk has room for them
    (and as much again to spare); returns how many pieces are in place. Never raises."""
    folder = root / RESERVE_DIR
    kept = 0
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700, exist_ok=True)
    for index in range(RESERVE_PIECES):
        path = folder / str(index)
        try:
            if path.is_file() and path.stat().st_size >= RESERVE_PIECE_BYTES:
                kept += 1
                continue
            if shutil.disk_usage(root).free < 2 * RESERVE_PIECE_BYTES:
                break
            fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            try:  # real blocks, not a sparse file: deleting it must give the space back
                os.write(fd, bytes(RESERVE_PIECE_BYTES))
            finally:
                os.close(fd)
            kept += 1
        except OSError:
            with contextlib.suppress(OSError):
                path.unlink()
            break
    return kept


def release_reserve(root: Path) -> bool:
    """Delete one piece of the space reserve (the disk is full); True if one was freed."""
    folder = root / RESERVE_DIR
    for index in range(RESERVE_PIECES):
        try:
            (folder / str(index)).unlink()
            return True
        except OSError:
            continue
    return False


def _reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)


__all__ = [
    "DataDirError",
    "DataPaths",
    "check_database",
    "create_private_file",
    "database_error",
    "is_disk_full",
    "keep_reserve",
    "open_data_dir",
    "release_reserve",
]
