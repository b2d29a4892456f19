from enum import StrEnum


class GetLogAccept(StrEnum):
    APPLICATIONJSON = "application/json"
    APPLICATIONX_NDJSON = "application/x-ndjson"
    VALUE_2 = "*/*"

    def __str__(self) -> str:
        return str(self.value)
