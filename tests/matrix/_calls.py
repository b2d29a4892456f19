"""One churn scenario drives both twins: ``Calls`` wraps a ``Client`` or an ``AsyncClient`` so that a
scenario written once as ``await c.pools.get("default_pool")`` runs through the real sync client
(each call made, then its result handed back awaitable) or the real async one, and records every
public method it called. ``public_methods()`` finds those methods by introspection, so a method
added to a resource is missing from the churn subset until a scenario calls it
(``test_churn.py::test_every_public_method_is_exercised``)."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Iterator
from functools import cached_property
from typing import Any

from astro_airflow import AsyncClient, Client
from astro_airflow._pagination import AsyncPager, SyncPager

#: ``Client`` members that are not calls against a server: constructors and lifecycle
NOT_CALLS = frozenset({"astro", "astronomer_software", "from_config", "from_env", "close"})
#: (server version, "sync"/"async") -> the public calls the scenarios made
CALLED: dict[tuple[str, str], set[str]] = {}


def resource_names() -> list[str]:
    """The client's resources (``dags``, ``pools`` ...): its cached properties, less the generated clients."""
    return sorted(
        name
        for name, attr in vars(Client).items()
        if isinstance(attr, cached_property) and not name.startswith("_") and name not in ("v1", "v2")
    )


def public_methods() -> set[str]:
    """Every public call of the client: ``"pools.get"`` ... and client-level ``"health"`` ..."""
    client = Client("http://127.0.0.1:9")  # builds resources only; sends nothing
    try:
        names = set()
        for res in resource_names():
            resource = getattr(client, res)
            names |= {f"{res}.{m}" for m in dir(resource) if not m.startswith("_")}
        names |= {n for n in dir(Client) if not n.startswith("_") and n not in NOT_CALLS and n not in resource_names()}
        return names
    finally:
        client.close()


class _Ready:
    """An already computed result (or a sync pager, listed when awaited), awaitable like an async result."""

    def __init__(self, value: Any) -> None:
        self._value = value

    def __await__(self) -> Iterator[Any]:
        if False:  # pragma: no cover - makes this a generator
            yield
        return list(self._value) if isinstance(self._value, SyncPager) else self._value


class Calls:
    """``c.<resource>.<method>(...)`` and ``c.<method>(...)``, awaitable in both modes; ``c.raw`` is the client."""

    def __init__(self, client: Client | AsyncClient, called: set[str], prefix: str = "", target: Any = None) -> None:
        self.raw = client
        self.mode = "async" if isinstance(client, AsyncClient) else "sync"
        self._called, self._prefix = called, prefix
        self._target = client if target is None else target

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if not self._prefix and name in resource_names():
            return Calls(self.raw, self._called, f"{name}.", value)
        self._called.add(self._prefix + name)
        if not callable(value) or inspect.isclass(value):
            return value  # a property: api_version, auth, v1, v2, api

        def call(*args: Any, **kwargs: Any) -> Awaitable[Any]:
            result = value(*args, **kwargs)
            if self.mode == "sync":
                return _Ready(result)
            return result if isinstance(result, AsyncPager) or inspect.isawaitable(result) else _Ready(result)

        return call
