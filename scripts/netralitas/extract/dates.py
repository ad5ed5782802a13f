"""Stage 3: the date of the reported event.  (Stub.)"""

from __future__ import annotations

from ..document import Document
from ..model import EventDate


def extract(doc: Document) -> EventDate | None:
    return None
