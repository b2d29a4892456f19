from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.config import Config
from ...models.error import Error
from ...models.get_config_accept import GetConfigAccept
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    section: str | Unset = UNSET,
    accept: GetConfigAccept | Unset = GetConfigAccept.APPLICATIONJSON,
) -> dict[str, Any]:
    """The arguments of the HTTP request this operation sends (``method``, ``url``, ``params``,
    ``json``/``content``/``files``, ``headers``), for ``httpx.Client.request(**kwargs)``."""
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["accept"] = str(accept)

    params: dict[str, Any] = {}

    params["section"] = section

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/config",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Config | Error | None:
    if response.status_code == 200:
        response_200 = Config.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status or "unreadable" in response.extensions:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Config | Error]:
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
    client: AuthenticatedClient | Client,
    section: str | Unset = UNSET,
    accept: GetConfigAccept | Unset = GetConfigAccept.APPLICATIONJSON,
) -> Response[Config | Error]:
    """Get current configuration

    Args:
        section (str | Unset):
        accept (GetConfigAccept | Unset):  Default: GetConfigAccept.APPLICATIONJSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Config | Error]
    """

    kwargs = request_kwargs(
        section=section,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    section: str | Unset = UNSET,
    accept: GetConfigAccept | Unset = GetConfigAccept.APPLICATIONJSON,
) -> Config | Error | None:
    """Get current configuration

    Args:
        section (str | Unset):
        accept (GetConfigAccept | Unset):  Default: GetConfigAccept.APPLICATIONJSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Config | Error
    """

    return sync_detailed(
        client=client,
        section=section,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    section: str | Unset = UNSET,
    accept: GetConfigAccept | Unset = GetConfigAccept.APPLICATIONJSON,
) -> Response[Config | Error]:
    """Get current configuration

    Args:
        section (str | Unset):
        accept (GetConfigAccept | Unset):  Default: GetConfigAccept.APPLICATIONJSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Config | Error]
    """

    kwargs = request_kwargs(
        section=section,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    section: str | Unset = UNSET,
    accept: GetConfigAccept | Unset = GetConfigAccept.APPLICATIONJSON,
) -> Config | Error | None:
    """Get current configuration

    Args:
        section (str | Unset):
        accept (GetConfigAccept | Unset):  Default: GetConfigAccept.APPLICATIONJSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Config | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            section=section,
            accept=accept,
        )
    ).parsed
