"""Named errors.  The CLI turns each into one line `Error: …` and a non-zero exit."""

from __future__ import annotations

from dataclasses import dataclass


class NetralitasError(Exception):
    """Base of every error a user can cause (bad input, bad data); never a bug."""


class RulesError(NetralitasError):
    """A rules data file is malformed."""


@dataclass(frozen=True)
class Problem:
    """One problem in one corpus file, with the line where there is one."""

    path: str
    line: int | None
    message: str
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        prefix = "" if self.severity == "error" else "warning: "
        return f"{where}: {prefix}{self.message}"


class CorpusError(NetralitasError):
    """One or more corpus files cannot be used; `problems` lists every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def __reduce__(self) -> tuple:
        # Pickled from a worker process with its problems, not its message.
        return (type(self), (self.problems,))
