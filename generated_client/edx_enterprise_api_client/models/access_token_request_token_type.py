from enum import StrEnum


class AccessTokenRequestTokenType(StrEnum):
    JWT = "jwt"

    def __str__(self) -> str:
        return str(self.value)
