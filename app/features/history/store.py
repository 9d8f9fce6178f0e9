"""The local call-history store: stdlib sqlite3 in the config folder, one file for all accounts.

Every record fetched is kept (up to :data:`MAX_PER_ACCOUNT` per account, the oldest pruned), so
the history opens at once after a restart and keeps calls older than the SOP's window. Each
row carries its ``seen`` flag: the tray's unseen count survives restarts. Every write is one
transaction (all of it or nothing). The class is synchronous and not thread-safe; the feature
runs it on one worker thread so 10,000 rows never block the Qt thread. A file that is not a
database (or a corrupt one) is moved aside and a new one started: the SOP still has the calls.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

from app.core.paths import private_file
from app.features.history.call_log import FIELDS, Call

log = logging.getLogger(__name__)
MAX_PER_ACCOUNT = 50_000
SCHEMA_VERSION = 1

_COLUMNS = ", ".join(FIELDS)
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS calls (
    account TEXT NOT NULL,
    key TEXT NOT NULL,
    stamp TEXT NOT NULL,
    caller_name TEXT NOT NULL DEFAULT '',
    caller_number TEXT NOT NULL DEFAULT '',
    called_number TEXT NOT NULL DEFAULT '',
    disposition TEXT NOT NULL DEFAULT '',
    last_action TEXT NOT NULL DEFAULT '',
    last_application TEXT NOT NULL DEFAULT '',
    context TEXT NOT NULL DEFAULT '',
    origchannel TEXT NOT NULL DEFAULT '',
    dstchannel TEXT NOT NULL DEFAULT '',
    duration INTEGER NOT NULL DEFAULT 0,
    billsec INTEGER NOT NULL DEFAULT 0,
    seen INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS calls_by_time ON calls (account, stamp);
PRAGMA user_version = {SCHEMA_VERSION};
"""
_UPSERT = (
    f"INSERT INTO calls (account, {_COLUMNS}, seen) "
    f"VALUES (?, {', '.join('?' * len(FIELDS))}, ?) "
    "ON CONFLICT (account, key) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in FIELDS if name != "key")
)  # the seen flag of a known row is never touched by a fetch


class HistoryStore:
    def __init__(self, path: Path, *, max_per_account: int = MAX_PER_ACCOUNT) -> None:
        self.path = path
        self.max_per_account = max_per_account
        self._db: sqlite3.Connection | None = None

    # -- connection ----------------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                self._db = self._open()
            except sqlite3.DatabaseError as exc:
                self.discard(exc)
                self._db = self._open()
        return self._db

    def discard(self, reason: BaseException) -> None:
        """Move an unusable file aside (kept for inspection); the next use starts a new one."""
        log.warning("call history: %s is unusable (%s); starting a new one", self.path, reason)
        self.close()
        for suffix in ("-wal", "-shm"):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
        if self.path.exists():
            self.path.replace(self.path.with_name(self.path.name + ".corrupt"))

    def _open(self) -> sqlite3.Connection:
        private_file(self.path)  # SQLite gives its -wal and -shm files the same mode
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise sqlite3.DatabaseError(f"schema {version} is newer than this app's")
            db.executescript(_SCHEMA)
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    # -- reads ---------------------------------------------------------------------------------
    def load(self, account: str) -> tuple[list[Call], set[str]]:
        """The account's calls, newest first, and the keys of those not seen yet."""
        rows = self._conn().execute(
            f"SELECT {_COLUMNS}, seen FROM calls WHERE account = ? ORDER BY stamp DESC, key DESC",
            (account,),
        )
        calls: list[Call] = []
        unseen: set[str] = set()
        for row in rows:
            call = Call(*row[:-1])
            calls.append(call)
            if not row[-1]:
                unseen.add(call.key)
        return calls, unseen

    def count(self, account: str) -> int:
        query = "SELECT COUNT(*) FROM calls WHERE account = ?"
        return int(self._conn().execute(query, (account,)).fetchone()[0])

    # -- writes (each one transaction) ---------------------------------------------------------
    def upsert(self, account: str, calls: Iterable[Call], unseen: set[str]) -> None:
        """Insert new calls (unseen when their key is in ``unseen``), refresh known ones."""
        rows = (
            (account, *(getattr(c, name) for name in FIELDS), 0 if c.key in unseen else 1)
            for c in calls
        )
        db = self._conn()
        with _transaction(db):
            db.executemany(_UPSERT, rows)
            self._prune(db, account)

    def mark_seen(self, account: str, keys: Sequence[str]) -> None:
        db = self._conn()
        with _transaction(db):
            db.executemany(
                "UPDATE calls SET seen = 1 WHERE account = ? AND key = ?",
                ((account, key) for key in keys),
            )

    def _prune(self, db: sqlite3.Connection, account: str) -> None:
        excess = self.count(account) - self.max_per_account
        if excess > 0:
            db.execute(
                "DELETE FROM calls WHERE account = ? AND key IN (SELECT key FROM calls "
                "WHERE account = ? ORDER BY stamp ASC, key ASC LIMIT ?)",
                (account, account, excess),
            )


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception (autocommit connection)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")
