from enum import StrEnum


class GetConfigValueAccept(StrEnum):
    APPLICATIONJSON = "application/json"
    TEXTPLAIN = "text/plain"
    VALUE_2 = "*/*"

    def __str__(self) -> str:
        return str(self.value)
