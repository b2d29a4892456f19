"""Lazy, page-by-page iteration over Airflow's lists: by cursor where the server offers it, else by
``limit``/``offset`` with the following pages fetched ahead, a few at a time.

What a listing does, per list:

* **Page size.** Each page asks for ``page_size`` items (the client's, 1000 by default); Airflow
  clamps that to its ``[api] maximum_page_limit`` (100 unless raised, as it often is on Astronomer).
  A first page shorter than asked while the server says more remain is that clamp: the client
  remembers it (per server, shared by ``with_options`` copies) and asks for it from then on. No
  request is spent finding it.
* **Cursors** (Airflow 3.3+: the DAG-run and task-instance lists). The first page is asked for with
  an empty ``cursor``; an answer that carries ``next_cursor`` means the server pages by cursor, and
  the listing follows ``next_cursor`` to the end, one page after the other. A server without cursors
  ignores the parameter and the listing goes on by offset. Under cursors ``total_entries`` is capped
  by the server (``total_entries_limit``).
* **Prefetch.** While the caller reads a page, up to ``prefetch`` pages (the client's, 4 by
  default; ``prefetch=1``: one page at a time) are being fetched with offset pagination and a known
  total, and the next page by cursor (each page names the next, so one is the most that can be
  ahead): with ``Client`` on threads, with ``AsyncClient`` as tasks. Pages come out in
  order, exactly as a sequential listing gives them; a failed page raises its typed error when the
  caller reaches it; stopping early (``break``, an exception) cancels what has not been sent and
  waits for what is in flight (``AsyncClient``: when the iterator is closed, e.g. by
  ``contextlib.aclosing``). Memory: at most ``prefetch`` pages ahead.

Rows added or removed while a listing runs:

* by cursor: every row that was there from start to end comes out exactly once; none twice.
  A row added behind the cursor is not seen, one added ahead of it is.
* by offset (Airflow 2, Airflow 3 before 3.3, and every other list): the pages are slices of the
  ordering at the moment each one is read. A row added before the current position shifts the
  rest by one (the item at a page boundary comes out twice); a row removed before it shifts them
  back (one item is missed). The listing stops at the total the latest page reported.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from ._base_client import Op
from ._errors import InvalidInputError

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

    from ._client import AsyncClient, Client, _BaseClient  # noqa: F401  (the pagers' bases name them)

__all__ = ["AsyncPager", "Page", "SyncPager"]

T = TypeVar("T")
C = TypeVar("C", bound="_BaseClient")  # the client a pager runs its fetches with: Client or AsyncClient
#: fetches one page: (context, offset, limit) -> Page; a cursor list's takes the cursor too
#: (``""``: the first page, asking for cursor pagination; None: by offset)
PageFetch = Callable[..., Op["Page[T]"]]


@attrs.frozen
class Page(Generic[T]):
    items: list[T]
    #: how many items the server has in all (None where the API does not say; with cursor
    #: pagination Airflow caps it)
    total_entries: int | None
    offset: int = 0
    #: where the next page starts, where the server paginates by cursor (None: by offset, or last)
    next_cursor: str | None = None
    #: the server answered by cursor (its ``next_cursor``, None on the last page, is what follows)
    by_cursor: bool = False


def check_prefetch(value: object, error: type[Exception] = InvalidInputError) -> int:
    """``prefetch``: how many pages may be in flight at once (1: one at a time)."""
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 32:
        raise error(f"prefetch must be a number of pages from 1 (one at a time) to 32, got {value!r}")
    return value


class _Pager(Generic[C, T]):
    def __init__(
        self,
        client: C,
        fetch: PageFetch[T] | None,
        page_size: int,
        limit: int | None = None,
        *,
        cursors: bool = False,
        prefetch: int | None = None,
    ) -> None:
        self._client = client
        self._fetch = fetch
        self._page_size = page_size
        self._limit = limit
        self._cursors = cursors
        self._prefetch = check_prefetch(client._prefetch if prefetch is None else prefetch)
        self._shared = client._shared
        self._first: Page[T] | None = None
        #: the size the latest sequential page asked for (and the first page's)
        self._asked = self._first_asked = 0

    def _ask(self, offset: int) -> int:
        """The size to ask for at ``offset``: the page size, or the server's clamp if known and smaller,
        and no more than ``limit`` leaves."""
        clamp = self._shared.page_limit
        size = min(self._page_size, clamp) if clamp else self._page_size
        return size if self._limit is None else max(0, min(size, self._limit - offset))

    def _learn(self, page: Page[T], asked: int) -> None:
        """A page shorter than asked, with more to come: the server's page limit."""
        got = len(page.items)
        total = page.total_entries
        more = page.next_cursor if page.by_cursor else total is not None and page.offset + got < total
        if 0 < got < asked and more and (not self._shared.page_limit or got < self._shared.page_limit):
            self._shared.page_limit = got

    def _next(self, page: Page[T], asked: int) -> tuple[int, str | None] | None:
        """Where the page after ``page`` starts (offset, cursor); None when ``page`` is the last."""
        got = len(page.items)
        end = page.offset + got
        if not got or self._ask(end) == 0:
            return None
        if page.by_cursor:
            return (end, page.next_cursor) if page.next_cursor else None
        if page.total_entries is not None:
            return (end, None) if end < page.total_entries else None
        return (end, None) if got >= asked or got == self._shared.page_limit else None

    def _ahead(self, page: Page[T]) -> bool:
        """Whether the pages after ``page`` can be fetched ahead: by offset, with a known total."""
        return self._prefetch > 1 and not page.by_cursor and page.total_entries is not None

    def _one_ahead(self, page: Page[T]) -> bool:
        """Whether the page after ``page`` is read while the caller reads it: by cursor, each page names
        the next, so one page can be ahead, no more."""
        return self._prefetch > 1 and page.by_cursor

    def _args(self, offset: int, size: int, cursor: str | None) -> tuple[Any, ...]:
        if not self._cursors:
            return (offset, size)
        return (offset, size, cursor)


class SyncPager(_Pager["Client", T]):
    """Iterate to fetch pages lazily; ``list(pager)`` gets them all (see the module's docstring for
    cursors, prefetch and page size).

    >>> for run in client.dag_runs.list("hello"):
    ...     print(run.run_id, run.state)
    """

    def _page(self, offset: int, size: int, cursor: str | None) -> Page[T]:
        assert self._fetch is not None
        return self._client._run(self._fetch, *self._args(offset, size, cursor))

    def _get(self, offset: int, cursor: str | None) -> Page[T]:
        self._asked = self._ask(offset)
        page = self._page(offset, self._asked, cursor)
        self._learn(page, self._asked)
        return page

    def first_page(self) -> Page[T]:
        if self._first is None:
            self._first = self._get(0, "" if self._cursors else None)
            self._first_asked = self._asked
        return self._first

    @property
    def total_entries(self) -> int | None:
        """The server's total count (fetches the first page if needed)."""
        return self.first_page().total_entries

    def iter_pages(self) -> Iterator[Page[T]]:
        """The pages, one after the other (prefetched as the items are)."""
        yield from self._pages()

    def _pages(self) -> Generator[Page[T]]:
        from concurrent.futures import ThreadPoolExecutor

        page = self.first_page()
        if self._ahead(page):
            yield from self._prefetched(page)
            return
        # one page after the other; by cursor with prefetch > 1, the next is read while the caller reads this one
        reader = ThreadPoolExecutor(1, thread_name_prefix="astro-airflow-page") if self._one_ahead(page) else None
        try:
            while True:
                start = self._next(page, self._first_asked if page is self._first else self._asked)
                ahead = None
                if reader is not None and start is not None:
                    offset, cursor = start  # in a copy of this context: a Fleet's limit applies there too
                    ahead = reader.submit(contextvars.copy_context().run, self._get, offset, cursor)
                yield page
                if start is None:
                    return
                page = ahead.result() if ahead is not None else self._get(*start)
        finally:
            if reader is not None:
                reader.shutdown(wait=True, cancel_futures=True)

    def _prefetched(self, first: Page[T]) -> Generator[Page[T]]:
        from concurrent.futures import ThreadPoolExecutor

        size = self._ask(len(first.items))
        total = first.total_entries or 0
        planned = first.offset + len(first.items)
        if not first.items or size == 0:
            yield first
            return
        pending: deque[Future[Page[T]]] = deque()
        pool = ThreadPoolExecutor(self._prefetch, thread_name_prefix="astro-airflow-page")
        page = first
        try:
            while True:
                while len(pending) < self._prefetch and planned < total and self._ask(planned):
                    # each fetch runs in a copy of this context: a Fleet's limit applies there too
                    ctx = contextvars.copy_context()
                    pending.append(pool.submit(ctx.run, self._page, planned, self._ask(planned), None))
                    planned += size
                yield page  # the caller reads it while the pages after it are being fetched
                if not pending:
                    return
                page = pending.popleft().result()
                if not page.items:
                    return
                total = page.total_entries if page.total_entries is not None else total
        finally:
            for future in pending:
                future.cancel()
            pool.shutdown(wait=True, cancel_futures=True)

    def __iter__(self) -> Iterator[T]:
        with contextlib.closing(self._pages()) as pages:
            for page in pages:
                yield from page.items


class AsyncPager(_Pager["AsyncClient", T]):
    """``async for`` fetches pages lazily; ``await pager.first_page()`` gets one page.

    >>> async for pool in client.pools.list():
    ...     print(pool.name)
    """

    async def _page(self, offset: int, size: int, cursor: str | None) -> Page[T]:
        assert self._fetch is not None
        return await self._client._run(self._fetch, *self._args(offset, size, cursor))

    async def _get(self, offset: int, cursor: str | None) -> Page[T]:
        self._asked = self._ask(offset)
        page = await self._page(offset, self._asked, cursor)
        self._learn(page, self._asked)
        return page

    async def first_page(self) -> Page[T]:
        if self._first is None:
            self._first = await self._get(0, "" if self._cursors else None)
            self._first_asked = self._asked
        return self._first

    async def iter_pages(self) -> AsyncIterator[Page[T]]:
        """``async for page in pager.iter_pages()`` (see ``SyncPager.iter_pages``)."""
        async with contextlib.aclosing(self._pages()) as pages:
            async for page in pages:
                yield page

    async def _pages(self) -> AsyncGenerator[Page[T]]:
        import asyncio

        page = await self.first_page()
        if self._ahead(page):
            async with contextlib.aclosing(self._prefetched(page)) as pages:
                async for page in pages:
                    yield page
            return
        ahead: asyncio.Task[Page[T]] | None = None
        try:
            while True:
                start = self._next(page, self._first_asked if page is self._first else self._asked)
                if self._one_ahead(page) and start is not None:
                    ahead = asyncio.ensure_future(self._get(*start))
                yield page
                if start is None:
                    return
                page = await ahead if ahead is not None else await self._get(*start)
                ahead = None
        finally:
            if ahead is not None:
                ahead.cancel()
                await asyncio.gather(ahead, return_exceptions=True)

    async def _prefetched(self, first: Page[T]) -> AsyncGenerator[Page[T]]:
        import asyncio

        size = self._ask(len(first.items))
        total = first.total_entries or 0
        planned = first.offset + len(first.items)
        if not first.items or size == 0:
            yield first
            return
        pending: deque[asyncio.Task[Page[T]]] = deque()
        page = first
        try:
            while True:
                while len(pending) < self._prefetch and planned < total and self._ask(planned):
                    pending.append(asyncio.ensure_future(self._page(planned, self._ask(planned), None)))
                    planned += size
                yield page  # the caller reads it while the pages after it are being fetched
                if not pending:
                    return
                page = await pending.popleft()
                if not page.items:
                    return
                total = page.total_entries if page.total_entries is not None else total
        finally:
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)

    async def __aiter__(self) -> AsyncIterator[T]:
        async with contextlib.aclosing(self._pages()) as pages:
            async for page in pages:
                for item in page.items:
                    yield item

    def __await__(self) -> Any:
        """``await pager`` returns every item as a list."""

        async def collect() -> list[T]:
            return [item async for item in self]

        return collect().__await__()
