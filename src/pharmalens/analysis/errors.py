"""Errors raised by the decision-support modules, each with a stable code."""
from __future__ import annotations

from ..model.errors import PharmalensError


class AnalysisError(PharmalensError):
    """Base of every decision-support error; `code` is stable, the message is for people."""

    code = "analysis_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)


class SpecError(AnalysisError):
    """A spec field is missing, of the wrong kind or out of range."""

    code = "spec_invalid"

    def __init__(self, field: str, problem: str, allowed: str) -> None:
        self.field = field
        self.allowed = allowed
        super().__init__(f"{field}: {problem}; allowed: {allowed}")


class UnknownNuclide(AnalysisError):
    code = "nuclide_unknown"

    def __init__(self, text: str, allowed: list[str]) -> None:
        self.text = text
        self.allowed = allowed
        super().__init__(f"unknown nuclide {text!r}; allowed: {', '.join(allowed)}")


class DurationError(AnalysisError):
    code = "duration_invalid"

    def __init__(self, text: object, allowed: str) -> None:
        self.text = text
        self.allowed = allowed
        super().__init__(f"cannot read duration {text!r}; allowed forms: {allowed}")


class ActivityError(AnalysisError):
    code = "activity_invalid"

    def __init__(self, text: object, allowed: str) -> None:
        self.text = text
        self.allowed = allowed
        super().__init__(f"cannot read activity {text!r}; allowed forms: {allowed}")


class InsufficientActivity(AnalysisError):
    code = "activity_insufficient"


class SolveError(AnalysisError):
    code = "solve_no_solution"


class MissingDependency(AnalysisError):
    code = "dependency_missing"


class DataFileError(AnalysisError):
    code = "data_file_invalid"


class FilterError(AnalysisError):
    """A comps filter value that matches nothing by construction (an unknown stage, an empty year range)."""

    code = "filter_invalid"

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


class WatchlistError(AnalysisError):
    """A watchlist expression or name that cannot be used, or a watchlist file that is not one."""

    code = "watchlist_invalid"


class UnknownWatchlist(AnalysisError):
    code = "watchlist_unknown"
