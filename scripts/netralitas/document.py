"""An article on its way through the extraction stages.

`Cleaned` keeps the article body's useful lines as `Piece`s: each piece is one contiguous slice
of the body (a paragraph, a photo caption or a publication header), so any offset inside a piece maps straight back to the
body and every fact keeps a true source span.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Extraction, Span


@dataclass(frozen=True)
class Piece:
    """A kept slice of the body: `body[start:end]`.  `kind`: "para", "caption" or "header"."""

    start: int
    end: int
    text: str
    kind: str = "para"

    def span(self, i: int, j: int) -> Span:
        """Body span of `self.text[i:j]`."""
        return Span(self.start + i, self.start + j)


@dataclass(frozen=True)
class Removal:
    span: Span
    reason: str  # the boilerplate rule that removed it


@dataclass
class Cleaned:
    body: str
    pieces: list[Piece]
    removed: list[Removal] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[Piece]:
        return [p for p in self.pieces if p.kind == "para"]

    @property
    def text(self) -> str:
        """The cleaned article: one piece per line (captions left out)."""
        return "\n".join(p.text for p in self.paragraphs)

    def piece_at(self, offset: int) -> Piece | None:
        for p in self.pieces:
            if p.start <= offset < p.end:
                return p
        return None


@dataclass
class Document:
    """One article: its body, where it came from, the cleaned pieces, and the findings so far."""

    path: str
    body: str
    out: Extraction
    body_line: int = 1  # file line on which the body starts (after front matter)
    clean: Cleaned | None = None

    def line_of(self, offset: int) -> int:
        return self.body_line + self.body.count("\n", 0, offset)
