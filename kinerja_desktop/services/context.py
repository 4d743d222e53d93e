"""Who acts: every service takes an :class:`Actor`, whose name goes into the audit log."""

import getpass
from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    OPERATOR = "operator"
    PENILAI = "penilai"
    VIEWER = "viewer"


@dataclass(frozen=True)
class Actor:
    username: str
    role: Role = Role.OPERATOR
    employee_id: int | None = None  # the penilai's own employee record, for scoping


def cli_actor() -> Actor:
    """The operator behind a command-line call: ``cli:<os user>``."""
    try:
        user = getpass.getuser()
    except Exception:  # no login name (service account, container): still audit something
        user = "unknown"
    return Actor(username=f"cli:{user}", role=Role.OPERATOR)
