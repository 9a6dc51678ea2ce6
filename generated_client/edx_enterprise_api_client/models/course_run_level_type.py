from enum import StrEnum


class CourseRunLevelType(StrEnum):
    ADVANCED = "Advanced"
    HIGH_SCHOOL = "High School"
    INTERMEDIATE = "Intermediate"
    INTRODUCTORY = "Introductory"

    def __str__(self) -> str:
        return str(self.value)
