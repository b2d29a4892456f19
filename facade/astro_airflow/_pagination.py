"""Lazy, page-by-page iteration over Airflow's ``limit``/``offset`` lists."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from ._base_client import Context, Op

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

__all__ = ["AsyncPager", "Page", "SyncPager"]

T = TypeVar("T")
#: fetches one page: (context, offset, limit) -> Page
PageFetch = Callable[[Context, int, int], Op["Page[T]"]]


@attrs.frozen
class Page(Generic[T]):
    items: list[T]
    #: how many items the server has in all (None where the API does not say; with cursor
    #: pagination Airflow caps it)
    total_entries: int | None
    offset: int = 0
    #: where the next page starts, where the server paginates by cursor (None: by offset, or last)
    next_cursor: str | None = None

    def is_last(self, limit: int) -> bool:
        end = self.offset + len(self.items)
        return len(self.items) < limit or (self.total_entries is not None and end >= self.total_entries)


class _Pager(Generic[T]):
    def __init__(self, fetch: PageFetch[T] | None, page_size: int, limit: int | None) -> None:
        self._fetch = fetch
        self._page_size = page_size
        self._limit = limit
        self._first: Page[T] | None = None

    def _size(self, offset: int) -> int:
        if self._limit is None:
            return self._page_size
        return max(0, min(self._page_size, self._limit - offset))

    def _next(self, page: Page[T]) -> tuple[int, str | None] | None:
        """Where the page after ``page`` starts (offset, cursor); None when ``page`` is the last."""
        offset = page.offset + len(page.items)
        if not page.items or self._size(offset) == 0:
            return None
        if page.next_cursor:
            return offset, page.next_cursor
        return None if page.is_last(self._size(0)) else (offset, None)


class SyncPager(_Pager[T]):
    """Iterate to fetch pages lazily (one request per page); ``list(pager)`` gets them all.

    >>> for run in client.dag_runs.list("hello"):
    ...     print(run.run_id, run.state)
    """

    def __init__(self, client: Client, fetch: PageFetch[T] | None, page_size: int, limit: int | None = None) -> None:
        super().__init__(fetch, page_size, limit)
        self._client = client

    def _page(self, offset: int, size: int, cursor: str | None) -> Page[T]:
        assert self._fetch is not None
        return self._client._run(self._fetch, offset, size)

    def first_page(self) -> Page[T]:
        if self._first is None:
            self._first = self._page(0, self._size(0), None)
        return self._first

    @property
    def total_entries(self) -> int | None:
        """The server's total count (fetches the first page if needed)."""
        return self.first_page().total_entries

    def iter_pages(self) -> Iterator[Page[T]]:
        page = self.first_page()
        while True:
            yield page
            start = self._next(page)
            if start is None:
                return
            page = self._page(start[0], self._size(start[0]), start[1])

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPager(_Pager[T]):
    """``async for`` fetches pages lazily; ``await pager.first_page()`` gets one page.

    >>> async for pool in client.pools.list():
    ...     print(pool.name)
    """

    def __init__(
        self, client: AsyncClient, fetch: PageFetch[T] | None, page_size: int, limit: int | None = None
    ) -> None:
        super().__init__(fetch, page_size, limit)
        self._client = client

    async def _page(self, offset: int, size: int, cursor: str | None) -> Page[T]:
        assert self._fetch is not None
        return await self._client._run(self._fetch, offset, size)

    async def first_page(self) -> Page[T]:
        if self._first is None:
            self._first = await self._page(0, self._size(0), None)
        return self._first

    async def iter_pages(self) -> AsyncIterator[Page[T]]:
        page = await self.first_page()
        while True:
            yield page
            start = self._next(page)
            if start is None:
                return
            page = await self._page(start[0], self._size(start[0]), start[1])

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __await__(self) -> Any:
        """``await pager`` returns every item as a list."""

        async def collect() -> list[T]:
            return [item async for item in self]

        return collect().__await__()
