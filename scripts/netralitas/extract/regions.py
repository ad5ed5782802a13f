"""Stage 4: the kabupaten/kota and provinces the article is about.  (Stub.)"""

from __future__ import annotations

from ..document import Document
from ..model import Region


def extract(doc: Document) -> list[Region]:
    return []
