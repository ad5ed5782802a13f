"""Stage 6: direct quotations and who spoke them.  (Stub.)"""

from __future__ import annotations

from ..document import Document
from ..model import Quote


def extract(doc: Document) -> list[Quote]:
    return []
