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
from dataclasses import dataclass, field, fields
from typing import Any

import yaml

from ..errors import NetralitasError

GENERATOR = "netralitas build"
FENCE = "---"
KINDS = ("beranda", "indeks", "artikel", "provinsi", "wilayah", "pejabat", "kutipan")
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


def dump_meta(meta: PageMeta) -> str:
    """The YAML of `meta`, one key per line in declared order.  Always PyYAML's own emitter:
    libyaml's (CSafeDumper) is faster but writes some characters differently (it escapes
    emoji), and pages must be byte-identical on every machine."""
    return yaml.safe_dump(
        meta.to_dict(), allow_unicode=True, sort_keys=False, width=4096, default_flow_style=False
    )


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
