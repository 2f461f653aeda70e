"""A content-addressed cache of each article's findings, so a re-run extracts only what
changed.

A findings key is a SHA-256 over everything extraction depends on: the article (its id,
front matter and body), the case vocabulary extraction uses, the sorabrief version and a
digest of the extraction code itself, so editing a rule never serves stale findings.
Scores are not cached: they depend on the whole case (how rare each word is across its
sentences, and what other sources say). An article's copy-detection fingerprint depends on
that article alone and is made with its findings, so it is stored in the same entry and the
key covers its code too (``aggregation/fingerprints.py``); cue links are cached beside the
findings (``aggregation/cued.py``). Entries are JSON (never pickle), findings as compact
rows (``findings_rows.py``), written atomically. An entry that cannot be read, is not valid
JSON, names another key or does not read back into what it should hold (every value's type
is checked) is a miss: it is ignored and rewritten, never trusted.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import threading
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import cattrs
import cattrs.preconf.json

from sorabrief.extract.vocabulary import Vocabulary
from sorabrief.model import Source
from sorabrief.partial_date import PartialDate

FORMAT = 3
"""The layout of an entry; part of the key."""
_CODE = (
    "extract",
    "findings.py",
    "findings_rows.py",
    "partial_date.py",
    "model.py",
    "aggregation/copies.py",
)
"""The parts of sorabrief whose code decides what extraction finds and how an article is
fingerprinted."""


def default_cache_dir() -> Path:
    """Where findings are cached unless ``--cache DIR`` says otherwise."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("sorabrief")) / "findings"


@functools.lru_cache(maxsize=1)
def _converter() -> cattrs.Converter:
    converter = cattrs.preconf.json.make_converter()
    converter.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    converter.register_structure_hook(PartialDate, lambda text, _: PartialDate.parse(text))
    return converter


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the sorabrief version, the extraction and fingerprinting code, and of
    how this Python hashes tuples and lays out integers (a fingerprint's shingle numbers
    are tuple hashes stored as 8-byte integers)."""
    from sorabrief import __version__

    hashing = f"{sys.implementation.name} {sys.version_info[:2]} {sys.hash_info} {sys.byteorder}"
    return digest_of(f"sorabrief {__version__} format {FORMAT} {hashing}", _CODE)


def digest_of(start: str, parts: Sequence[str]) -> str:
    """SHA-256 over ``start`` and the Python files of ``parts`` of the package."""
    digest = hashlib.sha256(start.encode())
    package = resources.files("sorabrief")
    for part in parts:
        node = package.joinpath(*part.split("/"))
        files = sorted(node.iterdir(), key=lambda f: f.name) if node.is_dir() else [node]
        for file in files:
            if file.name.endswith(".py"):
                digest.update(file.name.encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def vocabulary_digest(vocabulary: Vocabulary) -> str:
    """A digest of the case vocabulary, computed once per run rather than per article."""
    data = _converter().unstructure(vocabulary)
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def cache_key(source: Source, vocabulary_hash: str) -> str:
    """The key of one article's findings."""
    article = _converter().unstructure(attrs.evolve(source, path=None))
    text = json.dumps([code_digest(), vocabulary_hash, article], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def article_keys(sources: Iterable[Source], vocabulary: Vocabulary) -> dict[str, str]:
    """The findings key of every article, by source id."""
    vocabulary_hash = vocabulary_digest(vocabulary)
    return {s.id: cache_key(s, vocabulary_hash) for s in sources}


@attrs.frozen
class FindingsCache:
    """Findings stored as one JSON file per key under ``folder``."""

    folder: Path

    def _where(self, key: str, kind: str = "") -> str:
        """An entry's path, joined as text: a case reads thousands of entries."""
        return os.path.join(self.folder, kind, key[:2], f"{key}.json")

    def _path(self, key: str, kind: str = "") -> Path:
        return Path(self._where(key, kind))

    def _read(self, key: str, kind: str = "") -> bytes:
        with open(self._where(key, kind), "rb") as stream:
            return stream.read()

    def get(self, key: str) -> dict[str, Any] | None:
        """The article's entry stored under ``key`` (a JSON object naming that key, its
        other members left for the caller to check), or None when absent or unreadable."""
        try:
            entry = json.loads(self._read(key))
        except (OSError, ValueError):
            return None
        return entry if isinstance(entry, dict) and entry.get("key") == key else None

    def put(self, key: str, members: str) -> None:
        """Store an article's entry under ``key``, atomically; ``members`` is the JSON text
        of an object holding everything but the key (``extraction.article_json``). A cache
        that cannot be written is skipped."""
        _store(self._path(key), f'{{"key":{json.dumps(key)},{members[1:]}')

    def get_extra(self, kind: str, key: str) -> Any:
        """The JSON data stored under ``kind`` and ``key`` by ``put_extra``, or None."""
        try:
            entry: dict[str, Any] = json.loads(self._read(key, kind))
        except (OSError, ValueError):
            return None
        return entry.get("data") if isinstance(entry, dict) and entry.get("key") == key else None

    def put_extra(self, kind: str, key: str, data: Any) -> None:
        """Store JSON ``data`` under ``kind`` and ``key``, atomically, like findings."""
        entry = {"key": key, "data": data}
        _store(self._path(key, kind), json.dumps(entry, ensure_ascii=False, separators=(",", ":")))


def _store(path: Path, text: str) -> None:
    """Write an entry atomically (a temporary file of this process and thread, then a rename);
    an entry that cannot be written is skipped. Folders are made only when missing, and
    the temporary name needs no random search, because a large case writes thousands."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        try:
            temporary.write_bytes(text.encode())
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(text.encode())
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)
