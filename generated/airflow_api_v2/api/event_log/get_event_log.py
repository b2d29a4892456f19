from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_log_response import EventLogResponse
from ...models.http_exception_response import HTTPExceptionResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def request_kwargs(
    event_log_id: int,
) -> dict[str, Any]:
    """The arguments of the HTTP request this operation sends (``method``, ``url``, ``params``,
    ``json``/``content``/``files``, ``headers``), for ``httpx.Client.request(**kwargs)``."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/eventLogs/{event_log_id}".format(
            event_log_id=quote(str(event_log_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventLogResponse | HTTPExceptionResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EventLogResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = HTTPExceptionResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HTTPExceptionResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = HTTPExceptionResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status or "unreadable" in response.extensions:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EventLogResponse | HTTPExceptionResponse | HTTPValidationError]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, errors.UnexpectedStatus) as exc:
        unreadable = response.extensions.get("unreadable")
        if unreadable is None:
            raise
        raise unreadable(exc) from None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    event_log_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[EventLogResponse | HTTPExceptionResponse | HTTPValidationError]:
    """Get Event Log

    Args:
        event_log_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventLogResponse | HTTPExceptionResponse | HTTPValidationError]
    """

    kwargs = request_kwargs(
        event_log_id=event_log_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_log_id: int,
    *,
    client: AuthenticatedClient,
) -> EventLogResponse | HTTPExceptionResponse | HTTPValidationError | None:
    """Get Event Log

    Args:
        event_log_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventLogResponse | HTTPExceptionResponse | HTTPValidationError
    """

    return sync_detailed(
        event_log_id=event_log_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    event_log_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[EventLogResponse | HTTPExceptionResponse | HTTPValidationError]:
    """Get Event Log

    Args:
        event_log_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventLogResponse | HTTPExceptionResponse | HTTPValidationError]
    """

    kwargs = request_kwargs(
        event_log_id=event_log_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_log_id: int,
    *,
    client: AuthenticatedClient,
) -> EventLogResponse | HTTPExceptionResponse | HTTPValidationError | None:
    """Get Event Log

    Args:
        event_log_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventLogResponse | HTTPExceptionResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            event_log_id=event_log_id,
            client=client,
        )
    ).parsed
