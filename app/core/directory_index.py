"""An in-memory index of the company directory, searched as the user types.

Every entry gets one search key, computed once when the index is built: the name casefolded and
stripped of accents (``Inès Van Damme`` -> ``ines van damme`` plus ``inesvandamme``), the
extension, the login and the mobile's digits. A query is folded the same way and split into
words; an entry matches when every word occurs in its key. A search over 5,000 entries is a
plain scan of short strings, about a millisecond: it runs on the Qt thread without a stall.
No Qt here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, fields

from app.core.numbers import number_key
from app.sop.models import DirectoryEntry

_NON_WORD = re.compile(r"[^0-9a-z]+")
SINGLE_CHARACTER_CACHE_FROM = 1000  # entries
# The fields kept in the cache file: what the dial box and the call popups show (presence
# included), what a call needs.
CACHED_FIELDS = ("ext", "login", "fn", "ln", "dp", "sp", "mobile", "company", "status")


def fold(text: str) -> str:
    """Lower case, no accents, words separated by one space: ``"D'Hondt-Müller"`` -> ``"d hondt
    muller"``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", stripped.casefold()).strip()


def entry_to_dict(entry: DirectoryEntry) -> dict[str, str]:
    data = asdict(entry)
    return {k: str(data[k]) for k in CACHED_FIELDS if data.get(k)}


def entry_from_dict(data: object) -> DirectoryEntry | None:
    if not isinstance(data, dict) or not isinstance(data.get("ext"), str) or not data["ext"]:
        return None
    known = {f.name for f in fields(DirectoryEntry)}
    return DirectoryEntry(**{k: v for k, v in data.items() if k in known and isinstance(v, str)})


class DirectoryIndex:
    """Immutable once built; a refresh builds a new index and swaps it in."""

    def __init__(self, entries: Iterable[DirectoryEntry] = ()) -> None:
        self.entries: list[DirectoryEntry] = []
        self._keys: list[str] = []
        self._names: list[str] = []
        self._by_number: dict[str, DirectoryEntry] = {}
        seen: set[str] = set()
        for entry in entries:
            if entry.ext in seen:
                continue  # the same person from two overlapping pages
            seen.add(entry.ext)
            name = fold(entry.name)
            mobile = number_key(entry.mobile)
            key = " ".join(
                (name, name.replace(" ", ""), entry.ext.casefold(), fold(entry.login),
                 mobile.lstrip("+"))
            )  # fmt: skip
            self.entries.append(entry)
            self._names.append(name)
            self._keys.append(f" {key} ")
            self._by_number.setdefault(entry.ext, entry)
            if mobile:
                self._by_number.setdefault(mobile, entry)

        self._exts = [e.ext.casefold() for e in self.entries]
        # Entry numbers in alphabetical order of name (then directory order): searches keep it.
        self._by_name = sorted(range(len(self.entries)), key=lambda i: self._names[i])
        # A first keystroke matches nearly everyone: in a big directory its answers are ranked
        # here, while the index is built off the Qt thread, so that keystroke costs a slice.
        self._single: dict[str, tuple[list[int], int]] = {}
        if len(self.entries) >= SINGLE_CHARACTER_CACHE_FROM:
            for char in "abcdefghijklmnopqrstuvwxyz0123456789":
                ranked = self._ranked([char], len(self.entries))
                if ranked is not None:
                    self._single[char] = ranked

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, number: str) -> DirectoryEntry | None:
        """The entry whose extension or mobile is ``number`` (canonical form)."""
        return self._by_number.get(number)

    def search(self, query: str, limit: int = 8) -> list[DirectoryEntry]:
        """The best ``limit`` entries matching every word of ``query``, best first.

        Order: the extension itself, then names starting with the query, then entries where
        every word starts a word of the key, then the rest; alphabetical within each group.
        """
        return self.search_counted(query, limit)[0]

    def search_counted(self, query: str, limit: int = 8) -> tuple[list[DirectoryEntry], int]:
        """:meth:`search`, and how many entries match in all (for "N more")."""
        words = fold(query).split()
        if not words:
            return [], 0
        cached = self._single.get(words[0]) if len(words) == 1 else None
        order = cached if cached is not None else self._ranked(words, limit)
        if order is None:
            return [], 0
        best, total = order
        return [self.entries[i] for i in best[:limit]], total

    def _ranked(self, words: list[str], limit: int) -> tuple[list[int], int] | None:
        """The best ``limit`` entry numbers for ``words`` in display order, and the count."""
        candidates: list[int] | range = self._by_name  # alphabetical: groups stay sorted
        for word in sorted(words, key=len, reverse=True):  # the longest word filters most
            keys = self._keys
            candidates = [i for i in candidates if word in keys[i]]
            if not candidates:
                return None
        folded = " ".join(words)
        starts = [f" {w}" for w in words]
        # One pass into four groups, each already alphabetical (no sort, no heap: a one-letter
        # query matches nearly everyone and must still answer within a keystroke).
        exact: list[int] = []
        prefix: list[int] = []
        word_starts: list[int] = []
        rest: list[int] = []
        names, keys, exts = self._names, self._keys, self._exts
        for i in candidates:
            if exts[i] == folded:
                exact.append(i)
            elif names[i].startswith(folded):
                prefix.append(i)
            elif all(s in keys[i] for s in starts):
                word_starts.append(i)
            else:
                rest.append(i)
        return (exact + prefix + word_starts + rest)[:limit], len(candidates)
