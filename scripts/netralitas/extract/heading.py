"""Stage 2: title, subtitle, outlet and dateline place.  (First version: to be refined.)"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Document
from ..model import TextValue


@dataclass
class Heading:
    title: TextValue | None = None
    subtitle: TextValue | None = None
    outlet: TextValue | None = None
    dateline: TextValue | None = None


def extract(doc: Document) -> Heading:
    return Heading()
