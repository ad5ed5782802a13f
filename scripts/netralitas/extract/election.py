"""Stage 7: which election the neutrality is about.  (Stub.)"""

from __future__ import annotations

from ..document import Document
from ..model import Election


def extract(doc: Document) -> Election | None:
    return None
