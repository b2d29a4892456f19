from enum import StrEnum


class CreateTokenContentType(StrEnum):
    APPLICATIONJSON = "application/json"
    APPLICATIONX_WWW_FORM_URLENCODED = "application/x-www-form-urlencoded"

    def __str__(self) -> str:
        return str(self.value)
