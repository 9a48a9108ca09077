"""Parsed YAML files kept between runs, so a rebuild re-reads only the files that changed.

Parsing and validating a briefing costs ~6 ms; a 1,000-source rebuild would spend seconds
re-reading files nobody touched.  Entries are keyed by the file's (size, mtime_ns, ctime_ns,
inode): any write (an editor's rename, an in-place save, a `git checkout`) changes one of them.
Like git's index, an entry whose mtime is within one timestamp tick of the moment the cache is
saved is dropped ("racy": a second write in the same tick would not show).  The whole cache is
dropped when the generator's code changes (its fingerprint covers every module), when Python
changes, or when the pickle cannot be read: a cache miss is only ever slower, never wrong.

The cache lives in `.briefing-cache/` at the project root (git-ignored); deleting it is safe.
"""
from __future__ import annotations

import functools
import hashlib
import pickle
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from generator.store.atomic import write_atomic_bytes

CACHE_DIR = ".briefing-cache"
_PACKAGE = Path(__file__).resolve().parent.parent     # generator/, with every stage package
#: Filesystems with whole-second timestamps need a wider racy window than nanosecond ones.
_COARSE_TICK_NS = 2_000_000_000
_FINE_TICK_NS = 20_000_000

Signature = tuple[int, int, int, int]


@functools.lru_cache(maxsize=None)
def code_fingerprint() -> str:
    """Hash of the generator's source, its word lists (lexicon/data/) and the Python version: any change to
    the code or to a word list empties every cache."""
    digest = hashlib.sha256(sys.version.encode())
    words = [p for p in (_PACKAGE / "lexicon" / "data").rglob("*") if p.is_file()]
    for path in sorted([*_PACKAGE.rglob("*.py"), *words]):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def contents_key(paths: list[Path]) -> str:
    """Hash of the names and bytes of `paths` (and the code): the inputs of a whole-folder step.
    Bytes, not timestamps, so a file we have just written is no less certain than an old one."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for path in paths:
        digest.update(path.name.encode() + b"\0")
        try:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()


def signature(path: Path) -> Optional[Signature]:
    """(size, mtime_ns, ctime_ns, inode) of a file, or None when it is missing."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _racy(sig: Signature, now_ns: int) -> bool:
    mtime = sig[1]
    tick = _COARSE_TICK_NS if mtime % 1_000_000_000 == 0 else _FINE_TICK_NS
    return mtime + tick >= now_ns


@dataclass
class ParseCache:
    """path -> (signature, pickled parsed value); `folder=None` keeps it in memory only.

    Values are kept pickled and every `get` returns a fresh copy, so a caller that changes what it
    got can never change what the cache holds for the file."""

    folder: Optional[Path] = None
    name: str = "parsed.pickle"
    entries: dict[str, tuple[Signature, bytes]] = field(default_factory=dict)
    fresh: dict[str, tuple[Signature, str]] = field(default_factory=dict)   # path -> text hash we wrote
    memos: dict[str, tuple[str, bytes]] = field(default_factory=dict)       # name -> (inputs key, value)
    dirty: bool = False
    hits: int = 0
    misses: int = 0

    def __post_init__(self) -> None:
        self._fingerprint = code_fingerprint()
        if self.folder is not None:
            self.entries, self.fresh, self.memos = self._read()

    @property
    def file(self) -> Optional[Path]:
        return self.folder / self.name if self.folder is not None else None

    def _read(self) -> tuple[dict, dict, dict]:
        assert self.folder is not None                  # only called for a cache with a folder
        try:
            with open(self.folder / self.name, "rb") as fh:
                stored = pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
            return {}, {}, {}
        if not isinstance(stored, dict) or stored.get("fingerprint") != self._fingerprint:
            return {}, {}, {}
        parts = [stored.get(name) for name in ("entries", "fresh", "memos")]
        return tuple(part if isinstance(part, dict) else {} for part in parts)  # type: ignore[return-value]

    def get(self, path: Path, parse: Callable[[Path], Any]) -> Any:
        """`parse(path)`, or the value parsed last time when the file has not changed since."""
        sig = signature(path)
        key = str(path.resolve())
        hit = self.entries.get(key)
        if sig is not None and hit is not None and hit[0] == sig:
            try:
                value = pickle.loads(hit[1])
                self.hits += 1
                return value
            except Exception:             # an unreadable entry is a miss
                del self.entries[key]
        value = parse(path)               # errors propagate and are not cached: a broken file is re-read
        self.misses += 1
        if sig is not None and sig == signature(path):   # unchanged while we parsed it
            self._store(key, sig, value)
        return value

    def put(self, path: Path, value: Any) -> None:
        """Record what a file we just wrote parses as (saves re-reading our own output)."""
        sig = signature(path)
        if sig is not None:
            self._store(str(path.resolve()), sig, value)

    def _store(self, key: str, sig: Signature, value: Any) -> None:
        self._keep(self.entries, key, sig, value)

    def _keep(self, table: dict, key: str, tag: Any, value: Any) -> None:
        """`table[key] = (tag, pickled value)`; a value that cannot be pickled drops the key instead, so an
        older value is never served for it."""
        try:
            table[key] = (tag, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            self.dirty = True
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
            table.pop(key, None)

    def mark_fresh(self, path: Path, text: str) -> None:
        """Remember that `path` holds `text`, written fresh by us (no person's formatting to keep)."""
        sig = signature(path)
        if sig is not None:
            self.fresh[str(path.resolve())] = (sig, hashlib.sha256(text.encode()).hexdigest())
            self.dirty = True

    def fresh_record(self, path: Path) -> dict:
        """This cache's record of `path` as a fresh write, to hand to a worker's own cache."""
        key = str(path.resolve())
        return {key: self.fresh[key]} if key in self.fresh else {}

    def absorb(self, entries: dict, fresh: dict) -> None:
        """Take the records a worker's in-memory cache made of the files it wrote."""
        if entries or fresh:
            self.entries.update(entries)
            self.fresh.update(fresh)
            self.dirty = True

    def is_fresh(self, path: Path, text: str) -> bool:
        """True when `path` still holds exactly the text we last wrote fresh into it."""
        hit = self.fresh.get(str(path.resolve()))
        return (hit is not None and hit[0] == signature(path)
                and hit[1] == hashlib.sha256(text.encode()).hexdigest())

    def recall(self, name: str, key: str) -> Any:
        """The value remembered under `name` for exactly these inputs (`key`), else None."""
        hit = self.memos.get(name)
        if hit is None or hit[0] != key:
            return None
        try:
            return pickle.loads(hit[1])
        except Exception:
            return None

    def remember(self, name: str, key: str, value: Any) -> None:
        """Keep `value` as what `name` computes from the inputs hashed as `key` (one value per name)."""
        self._keep(self.memos, name, key, value)

    def save(self) -> None:
        """Write the cache (atomically) when it changed; racy entries are left out.  Never raises:
        a cache that cannot be written only makes the next run slower."""
        if self.folder is None or not self.dirty:
            return
        now = time.time_ns()
        kept = {k: v for k, v in self.entries.items() if not _racy(v[0], now)}
        fresh = {k: v for k, v in self.fresh.items() if not _racy(v[0], now)}
        state = {"fingerprint": self._fingerprint, "entries": kept, "fresh": fresh, "memos": self.memos}
        try:
            write_atomic_bytes(self.folder / self.name, pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            return
        self.dirty = False
