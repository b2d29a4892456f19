from enum import StrEnum


class GetDagsTagsMatchModeType0(StrEnum):
    ALL = "all"
    ANY = "any"

    def __str__(self) -> str:
        return str(self.value)
