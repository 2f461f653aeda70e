"""The project's exceptions: one base, a subclass per stage.

Messages are written for the user: they name the file, the field and the fix.
"""


class SorabriefError(Exception):
    """Base of every error sorabrief raises for a user's mistake."""


class SourceError(SorabriefError):
    """An article file cannot be read or its front matter is wrong."""


class CaseError(SorabriefError):
    """A case folder or its incident.yaml is wrong."""


class RenderError(SorabriefError):
    """A briefing cannot be rendered or written."""


def require(value: object, expected: type, function: str, hint: str) -> None:
    """Raise a TypeError saying what ``function`` expected when ``value`` is not ``expected``."""
    if not isinstance(value, expected):
        shown = f" {value!r:.60}" if isinstance(value, str | int | float) else ""
        raise TypeError(
            f"{function}() expects a {expected.__module__.split('.')[0]}.{expected.__name__} "
            f"({hint}), not {type(value).__name__}{shown}"
        )
