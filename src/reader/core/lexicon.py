"""The curated alias list: well-known actors under their regional and script variants.

The bundled list (``reader/data/aliases.tsv``) can be extended by the user with a
file of the same format in the config dir; see the bundled file's header.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from reader import paths
from reader.core.convert import fold

TYPES = ("person", "org", "place", "product")


@dataclass(frozen=True, slots=True)
class Entry:
    """One well-known actor (or a product, which is never an actor)."""

    name: str
    type: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    """Alias lookup on the folded key (simplified script, lower case)."""

    entries: tuple[Entry, ...]
    by_key: dict[str, Entry]

    def get(self, surface: str) -> Entry | None:
        return self.by_key.get(key(surface))

    @cached_property
    def surfaces(self) -> dict[str, str]:
        """Folded key → the spelling listed (to tell acronyms by their case)."""
        out: dict[str, str] = {}
        for e in self.entries:
            for surface in (e.name, *e.aliases):
                out.setdefault(key(surface), surface)
        return out

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Every listed key over folded text, the longest where several start."""
        return re.compile(trie_pattern(k for k in self.by_key if len(k) >= 2))


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, the longest where several start at one place.

    Built as a trie (``ab(?:c)?``), not a flat alternation: the regex engine then
    steps through the characters once instead of trying thousands of words at
    every position.
    """
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(c) + build(child) for c, child in node.items() if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def key(surface: str) -> str:
    """The matching key of a name: folded, one name separator, no spaces around it."""
    k = HAN_STOP.sub("·", fold(surface).translate(_SEPARATORS))
    return " ".join(k.split())


# Transliterated names use any of these between parts; they all become ·.
NAME_SEPARATORS = "・•‧･⋅∙"
_SEPARATORS = str.maketrans(dict.fromkeys(NAME_SEPARATORS, "·"))
# A full stop between Han characters is one too (阿巴斯．優路拿納).
HAN_STOP = re.compile(r"(?<=[\u4e00-\u9fff])[.．](?=[\u4e00-\u9fff])")


class AliasFileError(ValueError):
    """A user's alias file the reader cannot use; the message names it and the line."""


def parse(text: str, source: str = "aliases") -> list[Entry]:
    """Entries of an alias file; raises AliasFileError naming the bad line."""
    out: list[Entry] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2 or cols[1].strip() not in TYPES:
            raise AliasFileError(
                f"{source}:{n}: expected 'name<TAB>{'|'.join(TYPES)}<TAB>alias|alias...'"
            )
        aliases = tuple(a.strip() for a in cols[2].split("|") if a.strip()) if len(cols) > 2 else ()
        out.append(Entry(cols[0].strip(), cols[1].strip(), aliases))
    return out


def alias_files() -> list[Path]:
    """The alias files in effect: the bundled one, then the user's if present."""
    files = [paths.data_file("aliases.tsv")]
    user = paths.config_dir() / "aliases.tsv"
    if user.is_file():
        files.append(user)
    return files


def build(entries: list[Entry]) -> Lexicon:
    """A lexicon where later entries with the same name replace earlier ones."""
    by_name: dict[str, Entry] = {}
    for e in entries:
        by_name[e.name] = e
    by_key: dict[str, Entry] = {}
    for e in by_name.values():
        for surface in (e.name, *e.aliases):
            by_key.setdefault(key(surface), e)
    return Lexicon(tuple(by_name.values()), by_key)


_cache: dict[tuple, Lexicon] = {}
_lock = threading.Lock()


def signature() -> tuple:
    """Identifies the alias files' current contents (paths and mtimes)."""
    return tuple((str(p), p.stat().st_mtime_ns) for p in alias_files())


def load() -> Lexicon:
    """The lexicon from the alias files, reloaded when one of them changes.

    A broken user file is reported as AliasFileError; the bundled list always loads.
    """
    sig = signature()
    with _lock:
        if sig not in _cache:
            entries: list[Entry] = []
            for p in alias_files():
                try:
                    text = p.read_text(encoding="utf-8-sig")
                except UnicodeDecodeError as exc:
                    raise AliasFileError(f"{p.name}: not UTF-8 text ({exc.reason})") from None
                entries.extend(parse(text, p.name))
            _cache.clear()
            _cache[sig] = build(entries)
        return _cache[sig]
