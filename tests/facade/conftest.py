"""Facade clients for the real server of the current test (see tests/conftest.py).

``client`` / ``aclient``: ``Client`` / ``AsyncClient`` shaped like our users' deployments:
Airflow 2 Astronomer-style (``/<release>/airflow`` prefix, ``Authorization: <raw key>``),
Airflow 3 with a JWT from ``/auth/token``. ``make_client(server, **options)`` builds more.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from _clients import make_async_client, make_client
from astro_airflow import AsyncClient, Client


@pytest.fixture
def client(airflow: Any) -> Iterator[Client]:
    with make_client(airflow) as c:
        yield c


@pytest.fixture
async def aclient(airflow: Any) -> AsyncIterator[AsyncClient]:
    async with make_async_client(airflow) as c:
        yield c


@pytest.fixture
def client_factory(airflow: Any) -> Iterator[Callable[..., Client]]:
    made: list[Client] = []

    def factory(**options: Any) -> Client:
        c = make_client(airflow, **options)
        made.append(c)
        return c

    yield factory
    for c in made:
        c.close()
