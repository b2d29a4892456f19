from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.config import Config
from ...models.error import Error
from ...models.get_value_accept import GetValueAccept
from ...types import Response, Unset


def request_kwargs(
    section: str,
    option: str,
    *,
    accept: GetValueAccept | Unset = GetValueAccept.APPLICATIONJSON,
) -> dict[str, Any]:
    """The arguments of the HTTP request this operation sends (``method``, ``url``, ``params``,
    ``json``/``content``/``files``, ``headers``), for ``httpx.Client.request(**kwargs)``."""
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["accept"] = str(accept)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/config/section/{section}/option/{option}".format(
            section=quote(str(section), safe=""),
            option=quote(str(option), safe=""),
        ),
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
    section: str,
    option: str,
    *,
    client: AuthenticatedClient | Client,
    accept: GetValueAccept | Unset = GetValueAccept.APPLICATIONJSON,
) -> Response[Config | Error]:
    """Get a option from configuration

    Args:
        section (str):
        option (str):
        accept (GetValueAccept | Unset):  Default: GetValueAccept.APPLICATIONJSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Config | Error]
    """

    kwargs = request_kwargs(
        section=section,
        option=option,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    section: str,
    option: str,
    *,
    client: AuthenticatedClient | Client,
    accept: GetValueAccept | Unset = GetValueAccept.APPLICATIONJSON,
) -> Config | Error | None:
    """Get a option from configuration

    Args:
        section (str):
        option (str):
        accept (GetValueAccept | Unset):  Default: GetValueAccept.APPLICATIONJSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Config | Error
    """

    return sync_detailed(
        section=section,
        option=option,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    section: str,
    option: str,
    *,
    client: AuthenticatedClient | Client,
    accept: GetValueAccept | Unset = GetValueAccept.APPLICATIONJSON,
) -> Response[Config | Error]:
    """Get a option from configuration

    Args:
        section (str):
        option (str):
        accept (GetValueAccept | Unset):  Default: GetValueAccept.APPLICATIONJSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Config | Error]
    """

    kwargs = request_kwargs(
        section=section,
        option=option,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    section: str,
    option: str,
    *,
    client: AuthenticatedClient | Client,
    accept: GetValueAccept | Unset = GetValueAccept.APPLICATIONJSON,
) -> Config | Error | None:
    """Get a option from configuration

    Args:
        section (str):
        option (str):
        accept (GetValueAccept | Unset):  Default: GetValueAccept.APPLICATIONJSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Config | Error
    """

    return (
        await asyncio_detailed(
            section=section,
            option=option,
            client=client,
            accept=accept,
        )
    ).parsed
