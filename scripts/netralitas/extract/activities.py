"""Stage 8: kinds of commitment the article reports.  (Stub.)"""

from __future__ import annotations

from ..document import Document
from ..model import Activity


def extract(doc: Document) -> list[Activity]:
    return []
