"""The one schema of a generated page's YAML front matter: `PageMeta`.

Rendering writes it with `dump_page`, the drift check and `write_pages` read it back with
`read_meta`, tests check the round trip.  A page is *generated* when its front matter says
`generated_by: netralitas build`; every other page in docs/ is hand-written and never touched.

MkDocs and Material insert `title` and `description` into the HTML without escaping them, so
those two are HTML-escaped in the YAML and unescaped on reading: the dataclass always holds the
plain text, the file holds text that is safe in HTML.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field, fields
from typing import Any

import yaml

from ..errors import NetralitasError

GENERATOR = "netralitas build"
FENCE = "---"
KINDS = ("beranda", "indeks", "artikel", "provinsi", "wilayah", "pejabat", "kutipan", "informasi")
HTML_FIELDS = ("title", "description")


class SiteError(NetralitasError):
    """The site cannot be generated or built (a page would overwrite a hand-written one,
    MkDocs failed, a generated page's front matter is broken)."""


@dataclass(kw_only=True)
class PageMeta:
    title: str
    kind: str  # one of KINDS
    generated_by: str = GENERATOR
    generated_from: list[str]  # corpus files, e.g. ["corpus/x.txt"]; ["corpus/*.txt"] = all
    description: str | None = None
    article: str | None = None  # article id (kind "artikel")
    code: str | None = None  # Kemendagri code (kinds "provinsi", "wilayah")
    date: str | None = None  # ISO event date (kind "artikel")
    election: str | None = None  # one of model.ELECTIONS
    provinces: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    officials: list[str] = field(default_factory=list)
    activities: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)  # quote ids, anchors on the page

    def to_dict(self) -> dict[str, Any]:
        """The YAML mapping: declared order, empty values left out, HTML fields escaped."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or value == []:
                continue
            if f.name in HTML_FIELDS:
                value = html.escape(value, quote=True)
            out[f.name] = list(value) if isinstance(value, list) else value
        return out

    @classmethod
    def from_dict(cls, data: Any) -> PageMeta:
        if not isinstance(data, dict):
            raise SiteError("front matter is not a mapping")
        names = {f.name: f for f in fields(cls)}
        unknown = sorted(str(k) for k in data if k not in names)
        if unknown:
            raise SiteError(f"unknown front-matter key(s) {', '.join(unknown)}")
        values: dict[str, Any] = {}
        for name, value in data.items():
            is_list = names[name].default_factory is list or name == "generated_from"
            if is_list:
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise SiteError(f"front matter {name}: expected a list of strings")
            elif not isinstance(value, str):
                raise SiteError(f"front matter {name}: expected text")
            values[name] = html.unescape(value) if name in HTML_FIELDS else value
        for required in ("title", "kind", "generated_from"):
            if required not in values:
                raise SiteError(f"front matter: missing {required}")
        return cls(**values)


# A value written as a plain YAML scalar: starts with a letter, holds only word characters and
# `space . , ( ) / ' -`, does not end in a space, and is no YAML 1.1 boolean or null.  Anything
# else is double-quoted.  Plain scalars keep the common front matter readable.
_PLAIN = re.compile(r"[^\W\d_](?:[\w .,()/'-]*[\w.)/'-])?")
_NOT_PLAIN = frozenset(["y", "n", "yes", "no", "on", "off", "true", "false", "null"])
# Characters YAML reads as line breaks or refuses unescaped; json.dumps leaves them as they are.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def yaml_scalar(value: str) -> str:
    """`value` as a YAML scalar that PyYAML's safe loader reads back as the same string."""
    if _PLAIN.fullmatch(value) and value.lower() not in _NOT_PLAIN:
        return value
    quoted = json.dumps(value, ensure_ascii=False)  # JSON strings are YAML double-quoted scalars
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def dump_meta(meta: PageMeta) -> str:
    """The YAML of `meta`, one key per line in declared order, lists in block style.  Written
    directly (PageMeta holds only strings and lists of strings): PyYAML's emitter took most of
    the rendering time of a large archive, and its output depends on no library version."""
    lines = []
    for key, value in meta.to_dict().items():
        if isinstance(value, list):
            lines.append(f"{key}:")
            lines += [f"- {yaml_scalar(v)}" for v in value]
        else:
            lines.append(f"{key}: {yaml_scalar(value)}")
    return "\n".join(lines) + "\n"


def dump_page(meta: PageMeta, body: str) -> str:
    """A whole page: front matter, a blank line, the Markdown body ending in one newline."""
    return f"{FENCE}\n{dump_meta(meta)}{FENCE}\n\n{body.strip()}\n"


def split_page(text: str) -> tuple[str | None, str]:
    """(front-matter YAML or None, body) of a page's text."""
    if not text.startswith(FENCE + "\n"):
        return None, text
    end = text.find(f"\n{FENCE}\n", len(FENCE))
    if end < 0:
        return None, text
    return text[len(FENCE) + 1 : end + 1], text[end + len(FENCE) + 2 :]


def read_meta(text: str) -> PageMeta | None:
    """The PageMeta of a generated page, or None for a hand-written page (no front matter,
    or front matter without `generated_by: netralitas build`)."""
    fm, _ = split_page(text)
    if fm is None:
        return None
    try:
        data = yaml.safe_load(fm)
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict) or data.get("generated_by") != GENERATOR:
        return None
    return PageMeta.from_dict(data)
