from enum import StrEnum


class BulkActionOnExistence(StrEnum):
    FAIL = "fail"
    OVERWRITE = "overwrite"
    SKIP = "skip"

    def __str__(self) -> str:
        return str(self.value)
