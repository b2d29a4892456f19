from enum import StrEnum


class GetConfigAccept(StrEnum):
    APPLICATIONJSON = "application/json"
    TEXTPLAIN = "text/plain"
    VALUE_2 = "*/*"

    def __str__(self) -> str:
        return str(self.value)
