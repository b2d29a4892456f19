from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connection_test_queued_response import ConnectionTestQueuedResponse
from ...models.connection_test_request_body import ConnectionTestRequestBody
from ...models.http_exception_response import HTTPExceptionResponse
from ...types import Response


def request_kwargs(
    *,
    body: ConnectionTestRequestBody,
) -> dict[str, Any]:
    """The arguments of the HTTP request this operation sends (``method``, ``url``, ``params``,
    ``json``/``content``/``files``, ``headers``), for ``httpx.Client.request(**kwargs)``."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/connections/enqueue-test",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectionTestQueuedResponse | HTTPExceptionResponse | None:
    if response.status_code == 202:
        response_202 = ConnectionTestQueuedResponse.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        response_401 = HTTPExceptionResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HTTPExceptionResponse.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = HTTPExceptionResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = HTTPExceptionResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status or "unreadable" in response.extensions:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConnectionTestQueuedResponse | HTTPExceptionResponse]:
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
    *,
    client: AuthenticatedClient,
    body: ConnectionTestRequestBody,
) -> Response[ConnectionTestQueuedResponse | HTTPExceptionResponse]:
    """Enqueue Connection Test

     Enqueue a connection test for deferred execution on a worker; returns a polling token.

    Args:
        body (ConnectionTestRequestBody): Request body for enqueueing a connection test on a
            worker.

            Inherits ``connection_id`` pattern, ``extra`` JSON validation, and
            ``team_name`` handling from ``ConnectionBody`` so tested connections share
            the same input contract as persisted ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionTestQueuedResponse | HTTPExceptionResponse]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ConnectionTestRequestBody,
) -> ConnectionTestQueuedResponse | HTTPExceptionResponse | None:
    """Enqueue Connection Test

     Enqueue a connection test for deferred execution on a worker; returns a polling token.

    Args:
        body (ConnectionTestRequestBody): Request body for enqueueing a connection test on a
            worker.

            Inherits ``connection_id`` pattern, ``extra`` JSON validation, and
            ``team_name`` handling from ``ConnectionBody`` so tested connections share
            the same input contract as persisted ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionTestQueuedResponse | HTTPExceptionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ConnectionTestRequestBody,
) -> Response[ConnectionTestQueuedResponse | HTTPExceptionResponse]:
    """Enqueue Connection Test

     Enqueue a connection test for deferred execution on a worker; returns a polling token.

    Args:
        body (ConnectionTestRequestBody): Request body for enqueueing a connection test on a
            worker.

            Inherits ``connection_id`` pattern, ``extra`` JSON validation, and
            ``team_name`` handling from ``ConnectionBody`` so tested connections share
            the same input contract as persisted ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionTestQueuedResponse | HTTPExceptionResponse]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ConnectionTestRequestBody,
) -> ConnectionTestQueuedResponse | HTTPExceptionResponse | None:
    """Enqueue Connection Test

     Enqueue a connection test for deferred execution on a worker; returns a polling token.

    Args:
        body (ConnectionTestRequestBody): Request body for enqueueing a connection test on a
            worker.

            Inherits ``connection_id`` pattern, ``extra`` JSON validation, and
            ``team_name`` handling from ``ConnectionBody`` so tested connections share
            the same input contract as persisted ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionTestQueuedResponse | HTTPExceptionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
