from enum import StrEnum


class AssignmentState(StrEnum):
    ACCEPTED = "accepted"
    ALLOCATED = "allocated"
    CANCELLED = "cancelled"
    ERRORED = "errored"
    EXPIRED = "expired"
    REVERSED = "reversed"

    def __str__(self) -> str:
        return str(self.value)
