from enum import StrEnum


class GetDagSourceAccept(StrEnum):
    APPLICATIONJSON = "application/json"

    def __str__(self) -> str:
        return str(self.value)
