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
