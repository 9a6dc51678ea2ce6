from enum import StrEnum


class ProgramType(StrEnum):
    MASTERS = "Masters"
    MICROMASTERS = "MicroMasters"
    PROFESSIONAL_CERTIFICATE = "Professional Certificate"
    XSERIES = "XSeries"

    def __str__(self) -> str:
        return str(self.value)
