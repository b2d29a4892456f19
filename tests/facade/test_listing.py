"""Listings at scale against the real servers: page size learned from the server's clamp, cursor
pagination where the server has it (Airflow 3.3), concurrent prefetch of offset pages, early stops,
and what a listing returns while runs are added (``astro_airflow._pagination``).

The runs live in ``paused_dag`` (triggered runs stay queued) in a window of logical dates of their
own, so other tests' runs never mix in.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from _clients import make_async_client, make_client
from astro_airflow import Client

DAG = "paused_dag"
SEEDED = 110  # more than Airflow's default maximum_page_limit (100): the first page is clamped


class Window:
    """Runs triggered at logical dates ``start + 2*i`` minutes (odd minutes stay free for insertions)."""

    def __init__(self, client: Client, count: int) -> None:
        # a window no other test uses: a random year-long slot far from "now"
        self.start = datetime(2040, 1, 1, tzinfo=UTC) + timedelta(days=uuid.uuid4().int % 20000)
        self.client = client
        self.run_ids = [f"listing_{uuid.uuid4().hex[:8]}_{i:03d}" for i in range(count)]
        self.add(range(0, 2 * count, 2), self.run_ids)
        self.end = self.start + timedelta(minutes=2 * count)

    def add(self, minutes: Any, run_ids: list[str]) -> None:
        # one at a time: concurrent triggers contend for the harness's SQLite database (Airflow 3's
        # api-server then answers some after a minute)
        for minute, run_id in zip(minutes, run_ids, strict=True):
            self.client.dags.trigger(DAG, logical_date=self.start + timedelta(minutes=minute), run_id=run_id)

    @property
    def bounds(self) -> dict[str, datetime]:
        return {"logical_after": self.start, "logical_before": self.end}


@pytest.fixture(scope="module", params=["2", "3"], ids=["airflow2", "airflow3"])
def window(request: pytest.FixtureRequest) -> Iterator[tuple[Any, Window]]:
    server = request.getfixturevalue(f"airflow{request.param}")
    with make_client(server) as client:
        yield server, Window(client, SEEDED)


class InFlight:
    """Counts the requests in flight (event hooks: request sent, answer's headers in)."""

    def __init__(self) -> None:
        self.now = self.peak = 0
        self.urls: list[str] = []
        self._lock = threading.Lock()

    def sent(self, request: httpx.Request) -> None:
        with self._lock:
            self.now += 1
            self.peak = max(self.peak, self.now)
            self.urls.append(str(request.url))

    def answered(self, response: httpx.Response) -> None:
        with self._lock:
            self.now -= 1

    async def asent(self, request: httpx.Request) -> None:
        self.sent(request)

    async def aanswered(self, response: httpx.Response) -> None:
        self.answered(response)


def _watch(client: Any, asynchronous: bool = False) -> InFlight:
    flight = InFlight()
    hooks = (flight.asent, flight.aanswered) if asynchronous else (flight.sent, flight.answered)
    client._http.event_hooks = {"request": [hooks[0]], "response": [hooks[1]]}
    return flight


def _cursors(server: Any, client: Any) -> bool:
    return server.major == 3 and tuple(int(p) for p in client.version().split(".")[:2]) >= (3, 3)


def test_a_listing_learns_the_page_limit_and_returns_every_run_once(window: tuple[Any, Window]) -> None:
    server, w = window
    with make_client(server) as client:  # asks for 1000 a page
        flight = _watch(client)
        runs = list(client.dag_runs.list(DAG, order_by="logical_date", **w.bounds))
        assert [r.run_id for r in runs] == w.run_ids  # in order, each once
        assert client._shared.page_limit == 100  # Airflow's default maximum_page_limit, learned from page 1
        listed = [u for u in flight.urls if "/dagRuns?" in u]
        assert len(listed) == 2  # 100 + 10: no request spent finding the limit
        assert "limit=1000" in listed[0] and "limit=100&" in listed[1]
        # by cursor where the server has cursors (3.3), else by offset
        assert ("cursor=" in listed[1] and "cursor=&" not in listed[1]) == _cursors(server, client)
        # a copy (with_options) shares what was learned
        assert client.with_options(timeout=30)._shared.page_limit == 100


def test_prefetch_gives_the_sequential_listing_with_pages_in_flight_at_once(window: tuple[Any, Window]) -> None:
    server, w = window
    with make_client(server, page_size=7) as sequential, make_client(server, page_size=7, prefetch=4) as ahead:
        # task instances by the batch list (several task ids): by offset on every server
        args: dict[str, Any] = {"task_ids": ["noop", "absent"], **w.bounds}
        one = [(t.run_id, t.task_id) for t in sequential.task_instances.list(DAG, "~", prefetch=1, **args)]
        flight = _watch(ahead)
        many = [(t.run_id, t.task_id) for t in ahead.task_instances.list(DAG, "~", **args)]
        assert many == one and len(one) == SEEDED and {r for r, _ in one} == set(w.run_ids)
        assert flight.peak > 1  # pages were fetched concurrently
        assert flight.peak <= 4
        assert len([u for u in flight.urls if "taskInstances" in u]) == -(-SEEDED // 7)  # no page twice or extra
        if not _cursors(server, ahead):
            runs = [r.run_id for r in ahead.dag_runs.list(DAG, order_by="logical_date", **w.bounds)]
            assert runs == w.run_ids


def _marks_runs_requests(events: list[Any]) -> Any:
    def hook(request: httpx.Request) -> None:
        if "/dagRuns" in request.url.path:
            events.append("sent")

    return hook


def _reads(pager: Any, events: list[Any]) -> list[str]:
    """Reads ``pager``'s items, pausing on the first of each page as a caller at work would."""
    got = []
    for i, run in enumerate(pager):
        if i % 7 == 0:
            time.sleep(0.3)
        events.append(i)
        got.append(run.run_id)
    return got


def test_the_next_page_is_read_while_the_caller_reads_this_one(window: tuple[Any, Window]) -> None:
    """By cursor (3.3) one page ahead, by offset up to ``prefetch``; ``prefetch=1``: only when asked."""
    server, w = window
    for prefetch in (1, 4):
        with make_client(server, page_size=7, prefetch=prefetch) as client:
            one_ahead = _cursors(server, client)
            flight = _watch(client)
            events: list[Any] = []
            client._http.event_hooks["request"].append(_marks_runs_requests(events))
            runs = _reads(client.dag_runs.list(DAG, order_by="logical_date", limit=28, **w.bounds), events)
        assert runs == w.run_ids[:28]
        sent = [k for k, e in enumerate(events) if e == "sent"]
        assert len(sent) == 4  # no page twice, none past the limit
        for page in (1, 2, 3):  # page p+1 asked for before (prefetch) or after (1) the last item of page p
            last_item = events.index(7 * page - 1)
            assert (sent[page] < last_item) == (prefetch > 1), (prefetch, events)
        assert flight.peak <= (1 if prefetch == 1 or one_ahead else prefetch)


async def test_async_reads_the_next_page_while_the_caller_reads_this_one(window: tuple[Any, Window]) -> None:
    server, w = window
    async with make_async_client(server, page_size=7) as client:
        events: list[Any] = []

        async def sent(request: httpx.Request) -> None:
            _marks_runs_requests(events)(request)

        client._http.event_hooks = {"request": [sent], "response": []}
        i = 0
        async for run in client.dag_runs.list(DAG, order_by="logical_date", limit=14, **w.bounds):
            if i % 7 == 0:
                await asyncio.sleep(0.3)
            events.append(run.run_id)
            i += 1
    assert [e for e in events if e != "sent"] == w.run_ids[:14]
    assert events.count("sent") == 2 and events.index("sent", 1) < events.index(w.run_ids[6])


def test_stopping_early_leaves_nothing_running(window: tuple[Any, Window]) -> None:
    server, w = window
    with make_client(server, page_size=5, prefetch=4) as client:
        flight = _watch(client)
        for _ in client.task_instances.list(DAG, "~", task_ids=["noop", "absent"], **w.bounds):
            break
        assert flight.now == 0  # the pages in flight were waited for, the rest never sent
        assert not [t for t in threading.enumerate() if t.name.startswith("astro-airflow-page")]
        assert len([u for u in flight.urls if "taskInstances" in u]) <= 5


async def test_async_prefetch_and_early_stop(window: tuple[Any, Window]) -> None:
    server, w = window
    args: dict[str, Any] = {"task_ids": ["noop", "absent"], **w.bounds}
    async with make_async_client(server, page_size=7) as client:
        one = [(t.run_id, t.task_id) async for t in client.task_instances.list(DAG, "~", prefetch=1, **args)]
        flight = _watch(client, asynchronous=True)
        many = [(t.run_id, t.task_id) async for t in client.task_instances.list(DAG, "~", **args)]
        assert many == one and len(one) == SEEDED
        assert 1 < flight.peak <= 4
        runs = [r.run_id async for r in client.dag_runs.list(DAG, order_by="logical_date", **w.bounds)]
        assert runs == w.run_ids
        before = len(flight.urls)
        async with contextlib.aclosing(client.task_instances.list(DAG, "~", **args).__aiter__()) as items:
            async for _ in items:
                break
        assert flight.now == 0
        assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []
        assert len([u for u in flight.urls[before:] if "taskInstances" in u]) <= 5


def test_runs_added_during_a_listing(airflow: Any) -> None:
    """By cursor (3.3): every run once, none missed, none twice. By offset: a run added before the
    position shifts the rest, so the runs at the page boundary come out twice; none is missed."""
    with make_client(airflow, page_size=10, prefetch=1) as client:
        w = Window(client, 30)
        cursors = _cursors(airflow, client)
        seen: list[str] = []
        pages = client.dag_runs.list(DAG, order_by="logical_date", **w.bounds).iter_pages()
        for number, page in enumerate(pages):
            seen += [r.run_id for r in page.items]
            if number == 0:  # 5 runs at odd minutes between the first runs, before the position
                w.add(range(1, 11, 2), [f"{w.run_ids[0]}_added{i}" for i in range(5)])
        assert set(w.run_ids) <= set(seen)  # no omission either way
        if cursors:
            assert seen == w.run_ids  # the added runs are behind the cursor: not seen; nothing twice
        else:
            assert len(seen) == 35 and len(set(seen)) == 30  # runs 5-9 again (pushed into page 2)
