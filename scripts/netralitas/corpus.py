"""Corpus files: article text as copied from the web, optionally after a YAML front-matter block.

    ---
    url: https://example.id/berita/123
    outlet: Contoh News
    published: 2024-10-01
    corrections:
      date: 2024-09-30
      speakers:
        - quote: "Kita harus netral"
          speaker: Budi Santoso
    ---
    JUDUL BERITA
    ...

`CorpusMeta` is the one schema of that block; `dump_front_matter` writes it back (for
`netralitas add`).  Reading never changes a file; every problem is reported as a `Problem` with
the file and line, and `Corrections.line` keeps the line of every correction entry so that
problems found later (a quote not in the article, a region not in the gazetteer) name it too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

from .errors import CorpusError, Problem
from .model import ACTIVITIES, ELECTIONS

FENCE = "---"


class _Loader(yaml.SafeLoader):
    """Safe YAML in which dates stay text: we check them ourselves and name the line."""


_Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class QuoteFix:
    """Names a quote by its text (or a unique part of it) and says who spoke it."""

    quote: str
    speaker: str | None = None


@dataclass
class OfficialFix:
    name: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Corrections:
    """What a person knows better than the extractor; each set field wins on every rebuild."""

    title: str | None = None
    date: str | None = None  # ISO date of the event
    election: str | None = None
    regions: list[str] | None = None  # full names: "Kabupaten Cianjur", "Provinsi Bengkulu"
    officials: list[OfficialFix] | None = None  # replaces or adds officials, matched by name
    drop_officials: list[str] = field(default_factory=list)
    speakers: list[QuoteFix] = field(default_factory=list)
    drop_quotes: list[str] = field(default_factory=list)
    add_quotes: list[QuoteFix] = field(default_factory=list)
    activities: list[str] | None = None
    # File line of each key and entry: "regions", "regions.0", "speakers.1.speaker".
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def line(self, key: str, index: int | None = None, part: str | None = None) -> int | None:
        """The most precise known line of a correction key, list entry or entry field."""
        tries = [key]
        if index is not None:
            tries.insert(0, f"{key}.{index}")
            if part is not None:
                tries.insert(0, f"{key}.{index}.{part}")
        return next((self.lines[k] for k in tries if k in self.lines), None)


@dataclass
class CorpusMeta:
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date the outlet published it
    added: str | None = None  # ISO date it entered the archive
    # Files (names in the same corpus directory) this one is knowingly a near duplicate of:
    # `netralitas add --allow-near-duplicate` writes it, `netralitas check` then stays quiet.
    near_duplicate_of: list[str] = field(default_factory=list)
    corrections: Corrections = field(default_factory=Corrections)


@dataclass
class CorpusFile:
    path: str
    body: str  # the article text after the front matter, exactly as stored
    body_line: int  # file line on which the body starts
    meta: CorpusMeta

    @property
    def article_id(self) -> str:
        return Path(self.path).stem


def _line_of_key(node: yaml.Node | None, name: str, base: int) -> int:
    if isinstance(node, yaml.MappingNode):
        for k, _ in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == name:
                return base + k.start_mark.line
    return base


def iso_date(value: Any) -> str | None:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        dt.date.fromisoformat(value)  # ValueError "day is out of range for month" on 2024-02-30
        return value
    raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}")


def _str_list(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("expected a list of strings")
    return value


def _opt_str(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValueError(f"expected text, got {value!r}")


def _record(cls: type, value: Any) -> Any:
    if isinstance(value, str) and cls is OfficialFix:
        return OfficialFix(name=value)
    if not isinstance(value, dict):
        raise ValueError(f"expected a mapping with {', '.join(f.name for f in fields(cls))}")
    names = {f.name for f in fields(cls)}
    unknown = sorted(set(value) - names)
    if unknown:
        raise ValueError(f"unknown key(s) {', '.join(map(str, unknown))}")
    try:
        return cls(**value)
    except TypeError as e:
        raise ValueError(str(e)) from None


def _records(cls: type, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError("expected a list")
    return [_record(cls, v) for v in value]


def _names(value: Any) -> list[str]:
    """One file name or a list of them."""
    return [value] if isinstance(value, str) else _str_list(value)


def _activities(value: Any) -> list[str]:
    items = _str_list(value)
    bad = [a for a in items if a not in ACTIVITIES]
    if bad:
        raise ValueError(f"unknown activity {bad[0]!r} (one of: {', '.join(ACTIVITIES)})")
    return items


def _election(value: Any) -> str | None:
    if value is None or value in ELECTIONS:
        return value
    raise ValueError(f"unknown election {value!r} (one of: {', '.join(ELECTIONS)})")


_META = {
    "url": _opt_str,
    "outlet": _opt_str,
    "published": lambda v: None if v is None else iso_date(v),
    "added": lambda v: None if v is None else iso_date(v),
    "near_duplicate_of": lambda v: [] if v is None else _names(v),
}
_CORRECTIONS = {
    "title": _opt_str,
    "date": lambda v: None if v is None else iso_date(v),
    "election": _election,
    "regions": lambda v: None if v is None else _str_list(v),
    "officials": lambda v: None if v is None else _records(OfficialFix, v),
    "drop_officials": _str_list,
    "speakers": lambda v: _records(QuoteFix, v),
    "drop_quotes": _str_list,
    "add_quotes": lambda v: _records(QuoteFix, v),
    "activities": lambda v: None if v is None else _activities(v),
}


def parse_meta(
    data: Any, node: yaml.Node | None, path: str, first_line: int
) -> tuple[CorpusMeta, list[Problem]]:
    """Check a front-matter mapping against `CorpusMeta`; collect every problem."""
    problems: list[Problem] = []
    meta = CorpusMeta()
    if data is None:
        return meta, problems
    if not isinstance(data, dict):
        problems.append(Problem(path, first_line, "front matter must be a mapping of keys"))
        return meta, problems
    for k, v in data.items():
        line = _line_of_key(node, str(k), first_line)
        if k == "corrections":
            sub = node_value(node, "corrections")
            if v is None:
                continue
            if not isinstance(v, dict):
                problems.append(Problem(path, line, "corrections must be a mapping of keys"))
                continue
            for ck, cv in v.items():
                cline = _line_of_key(sub, str(ck), first_line)
                meta.corrections.lines[str(ck)] = cline
                _entry_lines(str(ck), node_value(sub, str(ck)), first_line, meta.corrections)
                if ck not in _CORRECTIONS:
                    known = ", ".join(_CORRECTIONS)
                    problems.append(
                        Problem(path, cline, f"unknown correction {ck!r} (known: {known})")
                    )
                    continue
                try:
                    setattr(meta.corrections, ck, _CORRECTIONS[ck](cv))
                except ValueError as e:
                    problems.append(Problem(path, cline, f"corrections.{ck}: {e}"))
        elif k in _META:
            try:
                setattr(meta, k, _META[k](v))
            except ValueError as e:
                problems.append(Problem(path, line, f"{k}: {e}"))
        else:
            known = ", ".join([*_META, "corrections"])
            problems.append(Problem(path, line, f"unknown front-matter key {k!r} (known: {known})"))
    return meta, problems


def _entry_lines(key: str, node: yaml.Node | None, base: int, c: Corrections) -> None:
    """Remember the line of a correction key, of each of its list entries and their fields."""
    if not isinstance(node, yaml.SequenceNode):
        return
    for i, item in enumerate(node.value):
        c.lines[f"{key}.{i}"] = base + item.start_mark.line
        if isinstance(item, yaml.MappingNode):
            for k, _ in item.value:
                if isinstance(k, yaml.ScalarNode):
                    c.lines[f"{key}.{i}.{k.value}"] = base + k.start_mark.line


def node_value(node: yaml.Node | None, name: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == name:
                return v
    return None


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front-matter YAML or None, body, file line where the body starts)."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip("\r") != FENCE:
        return None, text, 1
    for i in range(1, len(lines)):
        if lines[i].rstrip("\r") == FENCE:
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1 :]), i + 2
    return None, text, 1  # no closing fence: treat the whole file as article text


def decode(raw: bytes, path: str) -> str:
    """UTF-8 (a BOM is dropped); anything else is a named problem, never a guess."""
    if b"\x00" in raw:
        raise CorpusError([Problem(path, None, "binary file (contains NUL bytes), not text")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        msg = f"not UTF-8 text (byte 0x{raw[e.start]:02x}); save the file as UTF-8"
        raise CorpusError([Problem(path, line, msg)]) from None
    return text.removeprefix("\ufeff")


def parse(text: str, path: str) -> CorpusFile:
    """Parse a corpus file's text; raises CorpusError listing every problem in it."""
    problems: list[Problem] = []
    fm, body, body_line = split_front_matter(text)
    meta = CorpusMeta()
    if fm is not None:
        try:
            node = yaml.compose(fm, Loader=_Loader)
            data = yaml.load(fm, Loader=_Loader)
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            line = 2 + mark.line if mark else 1
            reason = getattr(e, "problem", None) or str(e).splitlines()[0]
            problems.append(Problem(path, line, f"broken front matter: {reason}"))
        else:
            meta, problems = parse_meta(data, node, path, 2)
    if not body.strip():
        problems.append(Problem(path, body_line if fm is not None else None, "no article text"))
    if problems:
        raise CorpusError(problems)
    return CorpusFile(path=path, body=body, body_line=body_line, meta=meta)


def read_bytes(path: str | Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise CorpusError([Problem(str(path), None, f"cannot read: {e.strerror}")]) from None


def read(path: str | Path) -> CorpusFile:
    return parse(decode(read_bytes(path), str(path)), str(path))


class _Dumper(yaml.SafeDumper):
    """Dates as plain YYYY-MM-DD, as people write them (`_Loader` reads them back as text)."""


_Dumper.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers
# Line breaks other than "\n" would be folded into spaces in any style but double quotes.
_BREAKS = re.compile("[\r\x85\u2028\u2029]")


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if _BREAKS.search(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def _fixes(items: list[Any]) -> list[dict[str, Any]]:
    """Entries as mappings without their unset fields; a quote's `speaker: null` is kept (it
    says "nobody", not "unknown")."""
    out = []
    for item in items:
        d = {f.name: getattr(item, f.name) for f in fields(item)}
        keep = {"quote", "speaker"} if isinstance(item, QuoteFix) else set()
        out.append({k: v for k, v in d.items() if k in keep or v not in (None, [])})
    return out


def meta_dict(meta: CorpusMeta) -> dict[str, Any]:
    """The front-matter mapping of `meta`: only the keys that are set, in schema order."""
    out: dict[str, Any] = {}
    for f in fields(meta):
        value = getattr(meta, f.name)
        if f.name == "near_duplicate_of":
            if value:
                out[f.name] = value[0] if len(value) == 1 else list(value)
        elif f.name == "corrections":
            fixes = {}
            for cf in fields(value):
                v = getattr(value, cf.name)
                if cf.name == "lines" or v == (cf.default if cf.default is not MISSING else []):
                    continue
                is_fix = cf.name in ("officials", "speakers", "add_quotes")
                fixes[cf.name] = _fixes(v) if is_fix and v else v
            if fixes:
                out["corrections"] = fixes
        elif value is not None:
            out[f.name] = value
    return out


def dump_front_matter(meta: CorpusMeta) -> str:
    """`meta` as a front-matter block (with its fences and a final newline); "" when empty.
    `parse` of the block gives `meta` back."""
    data = meta_dict(meta)
    if not data:
        return ""
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10_000)
    return f"{FENCE}\n{text}{FENCE}\n"


def corpus_files(directory: str | Path) -> list[Path]:
    """The corpus, in a stable order (by file name)."""
    return sorted(Path(directory).glob("*.txt"), key=lambda p: p.name)
