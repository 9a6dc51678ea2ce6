from enum import StrEnum


class CourseRunTypeType2Type1(StrEnum):
    AUDIT = "audit"
    PROFESSIONAL = "professional"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
