"""astro_airflow: a typed client for Apache Airflow's REST API, first of all on Astronomer.

>>> from astro_airflow import Client
>>> client = Client.astronomer_software(base_domain="example.com", release_name="galactic-stars-1234",
...                                     api_key="...")
>>> run = client.dags.trigger("hello", conf={"x": 1})
>>> client.dag_runs.wait("hello", run.run_id).state
<DagRunState.SUCCESS: 'success'>

The generated clients are one attribute away (``client.api``), and nothing generated is
imported until a call needs it.
"""

from typing import TYPE_CHECKING

from .__version__ import __version__
from ._auth import AirflowJWT, APIKey, Auth, BasicAuth, BearerToken
from ._client import AsyncClient, Client
from ._errors import (
    AirflowError,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    APIVersionError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    FleetTimeoutError,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RunFailedError,
    UnexpectedResponseError,
    UnprocessableEntityError,
    UnsupportedOperationError,
    WaitTimeoutError,
)

if TYPE_CHECKING:
    from ._fleet import AsyncFleet, Fleet, Outcome, Outcomes, ServerVersion
    from ._pagination import AsyncPager, Page, SyncPager
    from .types import (
        Asset,
        AssetEvent,
        Backfill,
        Connection,
        Dag,
        DagDetails,
        DagImportError,
        DagRun,
        DagRunState,
        DagWarning,
        EventLog,
        Health,
        Plugin,
        Pool,
        Provider,
        QueuedEvent,
        ReprocessBehavior,
        Task,
        TaskInstance,
        TaskInstanceState,
        TaskInstanceTry,
        Variable,
        XCom,
    )

#: imported on first access (PEP 562): attrs and the result classes cost more at import than all of
#: the rest of astro_airflow (-X importtime)
_LAZY = {
    **dict.fromkeys(("AsyncPager", "Page", "SyncPager"), "._pagination"),
    **dict.fromkeys(("AsyncFleet", "Fleet", "Outcome", "Outcomes", "ServerVersion"), "._fleet"),
    **dict.fromkeys(
        (
            "Asset",
            "AssetEvent",
            "Backfill",
            "Connection",
            "Dag",
            "DagDetails",
            "DagImportError",
            "DagRun",
            "DagRunState",
            "DagWarning",
            "EventLog",
            "Health",
            "Plugin",
            "Pool",
            "Provider",
            "QueuedEvent",
            "ReprocessBehavior",
            "Task",
            "TaskInstance",
            "TaskInstanceState",
            "TaskInstanceTry",
            "Variable",
            "XCom",
        ),
        ".types",
    ),
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'astro_airflow' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    if getattr(value, "__module__", "").startswith("astro_airflow."):
        value.__module__ = "astro_airflow"
    globals()[name] = value
    return value


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIKey",
    "APIStatusError",
    "APITimeoutError",
    "APIVersionError",
    "AirflowError",
    "AirflowJWT",
    "Asset",
    "AssetEvent",
    "AsyncClient",
    "AsyncFleet",
    "AsyncPager",
    "Auth",
    "AuthenticationError",
    "Backfill",
    "BadRequestError",
    "BasicAuth",
    "BearerToken",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "Connection",
    "Dag",
    "DagDetails",
    "DagImportError",
    "DagRun",
    "DagRunState",
    "DagWarning",
    "EventLog",
    "Fleet",
    "FleetTimeoutError",
    "Health",
    "InternalServerError",
    "InvalidInputError",
    "NotFoundError",
    "Outcome",
    "Outcomes",
    "Page",
    "PermissionDeniedError",
    "Plugin",
    "Pool",
    "Provider",
    "QueuedEvent",
    "RateLimitError",
    "ReprocessBehavior",
    "RunFailedError",
    "ServerVersion",
    "SyncPager",
    "Task",
    "TaskInstance",
    "TaskInstanceState",
    "TaskInstanceTry",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "Variable",
    "WaitTimeoutError",
    "XCom",
    "__version__",
]

for _name in __all__:
    if _name in _LAZY:
        continue
    _obj = globals()[_name]
    if hasattr(_obj, "__module__") and _obj.__module__.startswith("astro_airflow."):
        _obj.__module__ = "astro_airflow"
del _name, _obj
