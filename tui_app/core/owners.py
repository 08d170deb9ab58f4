"""Which process owns a campaign, judged by a lock the kernel releases when the process dies.

A PID alone is not enough: in a container the app is often PID 1 in every run, and PIDs are
reused, so a campaign of a killed process looked *running* forever. Each engine instead holds
an exclusive `flock` on a file of its own, `<data dir>/owners/<token>.lock`; the campaigns it
takes record the token. An owner is alive exactly while someone holds that lock: a crash,
`kill -9` or a power cut releases it, whatever the PID is. The lock is per open file, so two
engines in one process (tests) are two owners, as they should be.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import secrets
from pathlib import Path


class OwnerLock:
    """This engine's claim on the campaigns it queues and runs."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.token = f"{os.getpid()}-{secrets.token_hex(6)}"
        self.path = folder / f"{self.token}.lock"
        self._fd: int | None = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self._fd)
            self._fd = None
            raise

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None


def owner_alive(folder: Path, token: str | None) -> bool:
    """Whether the process that wrote `token` still runs (its lock is still held)."""
    if not token:
        return False
    if "/" in token or token.startswith("."):
        return False
    path = folder / f"{token}.lock"
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError:
        return True  # cannot tell (permissions): never take another's campaign
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        except OSError as exc:
            # no locking on this file system: fall back to the PID in the token
            return exc.errno == errno.ENOLCK and _pid_alive(token)
        # nobody holds it: its owner is gone, and the file can go too
        with contextlib.suppress(OSError):
            path.unlink()
        return False
    finally:
        os.close(fd)  # closing also drops a lock taken just now


def _pid_alive(token: str) -> bool:
    try:
        pid = int(token.split("-", 1)[0])
        os.kill(pid, 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


__all__ = ["OwnerLock", "owner_alive"]
