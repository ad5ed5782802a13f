"""Rules are data: titles, cue verbs, month names, aliases, boilerplate live in `rules/*.yaml`.

Each stage loads its file with `load(name, spec)`; the spec names every top-level key and its
shape, so a typo in a data file fails at load time with the file and key, not later as a miss.
Shapes: "str", "int", "float", "bool", "list[str]", "list[regex]", "dict[str,str]",
"dict[str,int]", "dict[str,list[str]]", "dict[str,list[regex]]", "any".
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import yaml

from .errors import RulesError

_cache: dict[str, dict[str, Any]] = {}


def _check(where: str, value: Any, shape: str) -> Any:
    def fail(expected: str) -> RulesError:
        return RulesError(f"{where}: expected {expected}, got {type(value).__name__}")

    def regex(s: Any, at: str) -> re.Pattern[str]:
        if not isinstance(s, str):
            raise RulesError(f"{at}: expected a regular expression string")
        try:
            return re.compile(s, re.IGNORECASE)
        except re.error as e:
            raise RulesError(f"{at}: bad regular expression {s!r}: {e}") from None

    scalar = {"str": str, "int": int, "float": (int, float), "bool": bool}
    if shape == "any":
        return value
    if shape in scalar:
        if not isinstance(value, scalar[shape]) or (shape != "bool" and isinstance(value, bool)):
            raise fail(shape)
        return value
    if shape in ("list[str]", "list[regex]"):
        if not isinstance(value, list):
            raise fail("a list")
        if shape == "list[regex]":
            return [regex(s, f"{where}[{i}]") for i, s in enumerate(value)]
        for i, s in enumerate(value):
            if not isinstance(s, str):
                raise RulesError(f"{where}[{i}]: expected a string")
        return value
    if shape.startswith("dict[str,"):
        inner = shape[len("dict[str,") : -1]
        if not isinstance(value, dict):
            raise fail("a mapping")
        return {str(k): _check(f"{where}.{k}", v, inner) for k, v in value.items()}
    raise RulesError(f"{where}: unknown shape {shape!r} in the loader's spec")


def load(name: str, spec: dict[str, str]) -> dict[str, Any]:
    """Load `rules/NAME.yaml`, check it against `spec`, compile regexes; cached per name."""
    if name in _cache:
        return _cache[name]
    where = f"rules/{name}.yaml"
    try:
        text = resources.files(__package__).joinpath("rules", f"{name}.yaml").read_text("utf-8")
        data = yaml.safe_load(text)
    except FileNotFoundError:
        raise RulesError(f"{where}: missing") from None
    except yaml.YAMLError as e:
        raise RulesError(f"{where}: not valid YAML: {e}") from None
    if not isinstance(data, dict):
        raise RulesError(f"{where}: expected a mapping at the top level")
    unknown = sorted(set(data) - set(spec))
    if unknown:
        raise RulesError(f"{where}: unknown key(s) {', '.join(unknown)}")
    missing = sorted(set(spec) - set(data))
    if missing:
        raise RulesError(f"{where}: missing key(s) {', '.join(missing)}")
    checked = {key: _check(f"{where}: {key}", data[key], shape) for key, shape in spec.items()}
    _cache[name] = checked
    return checked
