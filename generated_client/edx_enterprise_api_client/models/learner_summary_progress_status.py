from enum import StrEnum


class LearnerSummaryProgressStatus(StrEnum):
    FAILED = "Failed"
    IN_PROGRESS = "In Progress"
    PASSED = "Passed"

    def __str__(self) -> str:
        return str(self.value)
