"""Indonesian labels for model values and dates, from `site/labels.yaml`."""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources
from typing import Any

import yaml

from ..errors import RulesError
from ..model import ACTIVITIES, ELECTIONS

_WHERE = "site/labels.yaml"
ELECTION_TAGS = ("pemilu-2024", "pilkada-2024")  # "both" is tagged with the two


@cache
def _data() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("labels.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise RulesError(f"{_WHERE}: expected a mapping at the top level")
    for key, n in (("months", 12), ("weekdays", 7)):
        items = data.get(key)
        if not isinstance(items, list) or len(items) != n:
            raise RulesError(f"{_WHERE}: {key}: expected a list of {n} names")
    for key, values in (("elections", ELECTIONS), ("activities", ACTIVITIES)):
        table = data.get(key)
        missing = [v for v in values if not isinstance(table, dict) or v not in table]
        if missing:
            raise RulesError(f"{_WHERE}: {key}: no label for {', '.join(missing)}")
    if not isinstance(data.get("corrected"), dict):
        raise RulesError(f"{_WHERE}: corrected: expected a mapping")
    return data


def election(value: str | None) -> str | None:
    return _data()["elections"].get(value, value) if value else None


def activity(value: str) -> str:
    return _data()["activities"].get(value, value)


def corrected(field: str) -> str:
    return _data()["corrected"].get(field, field)


def month(n: int) -> str:
    """1 -> "Januari"."""
    return _data()["months"][n - 1]


def month_label(key: str) -> str:
    """ "2023-11" -> "November 2023"; junk stays."""
    try:
        year, n = int(key[:4]), int(key[5:7])
    except ValueError:
        return key
    return f"{month(n)} {year}" if len(key) == 7 and key[4] == "-" and 1 <= n <= 12 else key


def _parse(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return None


def date(iso: str | None, weekday: bool = False) -> str:
    """ISO "2023-11-29" -> "29 November 2023" (or "Rabu, 29 November 2023"); junk stays."""
    if not iso:
        return ""
    d = _parse(iso)
    if d is None:
        return iso
    text = f"{d.day} {_data()['months'][d.month - 1]} {d.year}"
    return f"{_data()['weekdays'][d.weekday()]}, {text}" if weekday else text
