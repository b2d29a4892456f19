from enum import StrEnum


class AssetStateStoreWriterKind(StrEnum):
    API = "api"
    TASK = "task"
    WATCHER = "watcher"

    def __str__(self) -> str:
        return str(self.value)
