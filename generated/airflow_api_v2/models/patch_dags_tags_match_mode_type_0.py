from enum import StrEnum


class PatchDagsTagsMatchModeType0(StrEnum):
    ALL = "all"
    ANY = "any"

    def __str__(self) -> str:
        return str(self.value)
