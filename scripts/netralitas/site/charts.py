"""Pictures drawn at build time as inline SVG: articles per month (bars) and a tile map of the
38 provinces coloured by their number of articles.  No script, no network, no CDN.

Each picture is a raw-HTML `<figure>` block without blank lines (Python-Markdown passes it
through untouched) with `<title>`, `<desc>` and a caption; the pages put a table with the same
numbers next to it.  Every text in it passes through `html_text`/`attr`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from ..errors import RulesError
from ..gazetteer import load as gazetteer
from .html import Html
from .text import html_text

# Material's indigo (the site's primary colour), light to dark; grey for none.
SHADES = ("#c5cae9", "#9fa8da", "#7986cb", "#3f51b5", "#283593")
EMPTY = "#eceff1"
INK, INK_LIGHT = "#1a1a2e", "#ffffff"
AXIS = "#90a4ae"


@dataclass(frozen=True)
class Bar:
    key: str  # "2023-11"
    label: str  # "November 2023"
    short: str  # "Nov"
    count: int


@dataclass(frozen=True)
class Tile:
    code: str  # Kemendagri province code
    name: str
    count: int


def _n(x: float) -> str:
    """A coordinate: at most one decimal, no trailing zero (deterministic text)."""
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _svg_open(ident: str, width: int, height: int, title: str, desc: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" '
        f'aria-labelledby="{ident}-judul {ident}-ket" style="max-width:100%;height:auto" '
        'font-family="sans-serif">'
        f'<title id="{ident}-judul">{html_text(title)}</title>'
        f'<desc id="{ident}-ket">{html_text(desc)}</desc>'
    )


def _figure(svg: str, caption: str, ident: str) -> Html:
    return Html(
        f'<figure class="grafik" id="{ident}">{svg}'
        f"<figcaption>{html_text(caption)}</figcaption></figure>"
    )


# --- articles per month ----------------------------------------------------------------------

W, H = 720, 250
LEFT, RIGHT, TOP, BOTTOM = 34, 6, 14, 44


def month_bars(bars: list[Bar], ident: str, title: str, desc: str, caption: str) -> Html:
    """A bar per month, zero months included (the caller fills the gaps)."""
    top = max((b.count for b in bars), default=0) or 1
    pw, ph = W - LEFT - RIGHT, H - TOP - BOTTOM
    step = pw / max(len(bars), 1)
    parts = [_svg_open(ident, W, H, title, desc)]
    for value in sorted({0, top // 2, top}):
        y = TOP + ph - ph * value / top
        parts.append(
            f'<line x1="{LEFT}" x2="{W - RIGHT}" y1="{_n(y)}" y2="{_n(y)}" stroke="{AXIS}" '
            f'stroke-width="0.5"/><text x="{LEFT - 4}" y="{_n(y + 3.5)}" font-size="10" '
            f'text-anchor="end" fill="{INK}">{value}</text>'
        )
    every = len(bars) <= 18
    for i, b in enumerate(bars):
        x, h = LEFT + i * step, ph * b.count / top
        if b.count:
            parts.append(
                f'<rect x="{_n(x + step * 0.1)}" y="{_n(TOP + ph - h)}" width="{_n(step * 0.8)}" '
                f'height="{_n(h)}" fill="{SHADES[3]}"><title>{html_text(b.label)}: {b.count} '
                f"artikel</title></rect>"
            )
            if len(bars) <= 24:
                parts.append(
                    f'<text x="{_n(x + step / 2)}" y="{_n(TOP + ph - h - 3)}" font-size="9" '
                    f'text-anchor="middle" fill="{INK}">{b.count}</text>'
                )
        cx = _n(x + step / 2)
        if every:
            parts.append(
                f'<text x="{cx}" y="{H - BOTTOM + 14}" font-size="10" text-anchor="middle" '
                f'fill="{INK}">{html_text(b.short)}</text>'
            )
        if i == 0 or b.key.endswith("-01"):
            parts.append(
                f'<text x="{cx}" y="{H - BOTTOM + 30}" font-size="11" text-anchor="middle" '
                f'font-weight="bold" fill="{INK}">{html_text(b.key[:4])}</text>'
            )
    parts.append("</svg>")
    return _figure("".join(parts), caption, ident)


# --- the tile map ----------------------------------------------------------------------------

CELL, GAP = 46, 4


@cache
def tile_layout() -> dict[str, tuple[int, int, str]]:
    """code -> (column, row, label); every gazetteer province exactly once, no shared cell."""
    where = "site/tilegrid.yaml"
    text = resources.files(__package__).joinpath("tilegrid.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise RulesError(f"{where}: expected a mapping of province codes")
    layout: dict[str, tuple[int, int, str]] = {}
    for code, value in data.items():
        ok = isinstance(value, list) and len(value) == 3
        if not ok or not all(isinstance(v, int) and v >= 0 for v in value[:2]):
            raise RulesError(f"{where}: {code}: expected [column, row, label]")
        layout[str(code)] = (value[0], value[1], str(value[2]))
    codes = {p.code for p in gazetteer().provinces}
    if set(layout) != codes:
        diff = sorted(set(layout) ^ codes)
        raise RulesError(f"{where}: codes differ from the gazetteer's: {', '.join(diff)}")
    if len({(c, r) for c, r, _ in layout.values()}) != len(layout):
        raise RulesError(f"{where}: two provinces share a cell")
    return layout


def shade(count: int, top: int) -> str:
    """The fill of a tile: grey for none, else one of five steps of the largest count."""
    if count <= 0 or top <= 0:
        return EMPTY
    return SHADES[min(len(SHADES) - 1, (count - 1) * len(SHADES) // top)]


def legend_steps(top: int) -> list[tuple[str, str]]:
    """(label, colour) of every step the legend shows: "0", then ranges of counts."""
    steps = [("0", EMPTY)]
    seen: dict[str, list[int]] = {}
    for n in range(1, top + 1):
        seen.setdefault(shade(n, top), []).append(n)
    for colour in SHADES:
        ns = seen.get(colour)
        if ns:
            steps.append((str(ns[0]) if len(ns) == 1 else f"{ns[0]}–{ns[-1]}", colour))
    return steps


def _tile(t: Tile, col: int, row: int, label: str, top: int) -> str:
    x, y = GAP + col * (CELL + GAP), GAP + row * (CELL + GAP)
    fill = shade(t.count, top)
    ink = INK_LIGHT if fill in SHADES[3:] else INK
    name = f"{t.name}: {t.count} artikel"
    inner = (
        f'<rect x="{x}" y="{y}" width="{CELL}" height="{CELL}" rx="4" fill="{fill}"/>'
        f'<text x="{x + CELL // 2}" y="{y + 20}" font-size="13" font-weight="bold" '
        f'text-anchor="middle" fill="{ink}">{html_text(label)}</text>'
        f'<text x="{x + CELL // 2}" y="{y + 37}" font-size="11" text-anchor="middle" '
        f'fill="{ink}">{t.count}</text>'
    )
    return f"<g><title>{html_text(name)}</title>{inner}</g>"  # a tooltip; the table has links


def tile_map(tiles: list[Tile], ident: str, title: str, desc: str, caption: str) -> Html:
    """One picture (role="img"): a screen reader reads its title and description, and the page
    puts the table with every number and the links to the provinces next to it."""
    layout = tile_layout()
    cols = max(c for c, _, _ in layout.values()) + 1
    rows = max(r for _, r, _ in layout.values()) + 1
    top = max((t.count for t in tiles), default=0)
    width, height = GAP + cols * (CELL + GAP), GAP + rows * (CELL + GAP) + 30
    parts = [_svg_open(ident, width, height, title, desc)]
    for t in sorted(tiles, key=lambda t: t.code):
        if t.code in layout:
            col, row, label = layout[t.code]
            parts.append(_tile(t, col, row, label, top))
    x, y = GAP, height - 22
    parts.append(f'<text x="{x}" y="{y + 12}" font-size="11" fill="{INK}">Artikel:</text>')
    x += 52
    for label, colour in legend_steps(top):
        parts.append(
            f'<rect x="{x}" y="{y}" width="14" height="14" fill="{colour}"/>'
            f'<text x="{x + 18}" y="{y + 12}" font-size="11" fill="{INK}">{html_text(label)}</text>'
        )
        x += 26 + 7 * len(label)
    parts.append("</svg>")
    return _figure("".join(parts), caption, ident)
