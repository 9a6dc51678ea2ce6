from enum import StrEnum


class BulkRevokeSubscriptionsLicensesRequestFiltersItemStatusInItem(StrEnum):
    ACTIVATED = "activated"
    ASSIGNED = "assigned"
    REVOKED = "revoked"
    UNASSIGNED = "unassigned"

    def __str__(self) -> str:
        return str(self.value)
