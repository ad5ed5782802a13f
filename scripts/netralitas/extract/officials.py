"""Stage 5: named people with a public role.  (Stub.)"""

from __future__ import annotations

from ..document import Document
from ..model import Official


def extract(doc: Document) -> list[Official]:
    return []
