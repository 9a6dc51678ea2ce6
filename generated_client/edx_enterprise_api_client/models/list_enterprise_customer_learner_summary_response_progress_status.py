from enum import StrEnum


class ListEnterpriseCustomerLearnerSummaryResponseProgressStatus(StrEnum):
    FAILED = "Failed"
    IN_PROGRESS = "In Progress"
    PASSED = "Passed"

    def __str__(self) -> str:
        return str(self.value)
