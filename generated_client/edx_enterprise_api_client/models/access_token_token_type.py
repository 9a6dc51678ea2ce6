from enum import StrEnum


class AccessTokenTokenType(StrEnum):
    JWT = "JWT"

    def __str__(self) -> str:
        return str(self.value)
