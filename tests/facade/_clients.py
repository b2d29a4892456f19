"""Facade clients for a harness server (imported by conftest.py and tests as ``_clients``)."""

from __future__ import annotations

from typing import Any

from astro_airflow import AirflowJWT, APIKey, AsyncClient, Client


def auth_for(server: Any, role: str = "admin") -> APIKey | AirflowJWT:
    if server.major == 2:
        return APIKey(server.api_key if role == "admin" else server.viewer_api_key)
    if role == "admin":
        return AirflowJWT(server.username, server.password)
    return AirflowJWT(server.viewer_username, server.viewer_password)


def make_client(server: Any, *, role: str = "admin", **options: Any) -> Client:
    return Client(server.base_url, auth=auth_for(server, role), **options)


def make_async_client(server: Any, *, role: str = "admin", **options: Any) -> AsyncClient:
    return AsyncClient(server.base_url, auth=auth_for(server, role), **options)
