"""The one kind of error a user is meant to see.

Anything raised as :class:`UserError` is refused input or a refused action: the message is
Indonesian, names the file, row or field, and says how to fix it. Every other exception is a bug.
"""


class UserError(Exception):
    """Refused input or action; ``str(err)`` is the message for the user."""

    def __init__(self, message: str, *, details: list[str] | tuple[str, ...] = ()):
        super().__init__(message)
        self.message = message
        self.details = tuple(details)

    def __str__(self) -> str:
        if not self.details:
            return self.message
        return "\n".join([self.message, *("  - " + d for d in self.details)])


class NotFound(UserError):
    """A record the user named does not exist."""


class NotAllowed(UserError):
    """The action is refused by a rule of the workflow or by the user's role."""
