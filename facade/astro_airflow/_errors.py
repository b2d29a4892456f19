"""Errors raised by astro_airflow. Every failure of a call is one of these::

    AirflowError
    ├── ConfigurationError         the client was set up wrong (missing env var, bad option)
    ├── InvalidInputError          an argument is wrong before anything is sent (bad date, conf)
    ├── UnsupportedOperationError  the server's API cannot do this (e.g. config on experimental)
    ├── RunFailedError             dag_runs.wait(..., raise_on_failure=True) saw a failed run
    ├── WaitTimeoutError           dag_runs.wait() passed its deadline
    ├── FleetTimeoutError          a deployment of a Fleet did not finish within the fan-out's timeout
    └── APIError                   something went wrong talking to the server
        ├── APIConnectionError     no answer: DNS, refused, reset, TLS ...
        │   └── APITimeoutError
        ├── UnexpectedResponseError  an answer that is not the API's JSON (HTML login page ...)
        ├── APIVersionError        no Airflow API found at the URL
        └── APIStatusError         an HTTP error status, by code:
            ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
            ├── NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
            └── RateLimitError 429, InternalServerError 5xx

Messages say what happened and what to do; secrets (keys, tokens, passwords) never appear in them.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "APIVersionError",
    "AirflowError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "FleetTimeoutError",
    "InternalServerError",
    "InvalidInputError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RunFailedError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "WaitTimeoutError",
]


class AirflowError(Exception):
    """Base of every error raised by astro_airflow."""

    #: True when repeating the same call cannot do anything twice (nothing was sent, the call is
    #: idempotent, or the server refused it); False when the server may already have acted.
    safe_to_retry: bool = False

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigurationError(AirflowError, ValueError):
    """The client is configured wrong (e.g. a missing environment variable)."""


class InvalidInputError(AirflowError, ValueError):
    """An argument is invalid; nothing was sent."""

    safe_to_retry = True


class UnsupportedOperationError(AirflowError):
    """The server's API version cannot serve this call."""


class RunFailedError(AirflowError):
    """A waited-for DAG run finished in a state other than success. ``.run`` is the run,
    ``.failed_tasks`` its task instances in state failed or upstream_failed, ``.logs`` the last log
    lines of each failed task (``{task_id: text}``; ``"task_id[map_index]"`` for a mapped task) when
    asked for with ``wait(..., log_tail=N)``."""

    def __init__(
        self, message: str, run: Any, failed_tasks: list[Any] | None = None, logs: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.run = run
        self.failed_tasks: list[Any] = list(failed_tasks or [])
        self.logs: dict[str, str] = dict(logs or {})


class WaitTimeoutError(AirflowError, TimeoutError):
    """``wait()`` gave up before the run finished; ``.run`` is the last state seen (``wait_all``: of the
    first run still pending; ``.runs``: the last state seen of every run, in the order given)."""

    safe_to_retry = True

    def __init__(self, message: str, run: Any, runs: list[Any] | None = None) -> None:
        super().__init__(message)
        self.run = run
        self.runs: list[Any] = list(runs) if runs is not None else [run]


class FleetTimeoutError(AirflowError, TimeoutError):
    """A deployment did not finish within the ``timeout`` of ``Fleet.map`` (and its ready-made calls):
    it was left behind so that the other deployments were not kept waiting. ``.deployment`` names it."""

    safe_to_retry = False

    def __init__(self, message: str, deployment: str, seconds: float) -> None:
        super().__init__(message)
        self.deployment = deployment
        self.seconds = seconds


class APIError(AirflowError):
    """A call to the server failed. ``.request`` is the request (its secrets are not in messages)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None, safe_to_retry: bool = False) -> None:
        super().__init__(message)
        self.request = request
        self.safe_to_retry = safe_to_retry


class APIConnectionError(APIError):
    """No usable answer: DNS failure, refused or reset connection, TLS error."""


class APITimeoutError(APIConnectionError):
    """The server did not answer within the timeout."""


class APIVersionError(APIError):
    """No Airflow REST API was found at the configured URL."""


class UnexpectedResponseError(APIError):
    """The server answered something that is not the Airflow API's JSON."""

    def __init__(self, message: str, *, response: httpx.Response, safe_to_retry: bool = False) -> None:
        super().__init__(message, request=response.request, safe_to_retry=safe_to_retry)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with an HTTP error status. ``.body`` holds its decoded JSON, if any."""

    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: Any, safe_to_retry: bool = False) -> None:
        super().__init__(message, request=response.request, safe_to_retry=safe_to_retry)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class ConflictError(APIStatusError):
    status_code = 409


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429


class InternalServerError(APIStatusError):
    pass


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status, APIStatusError)
