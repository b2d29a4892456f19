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
    #: how many items the server has in all (None where the API does not say)
    total_entries: int | None
    offset: int = 0

    def is_last(self, limit: int) -> bool:
        end = self.offset + len(self.items)
        return len(self.items) < limit or (self.total_entries is not None and end >= self.total_entries)


class _Pager(Generic[T]):
    def __init__(self, fetch: PageFetch[T], page_size: int, limit: int | None) -> None:
        self._fetch = fetch
        self._page_size = page_size
        self._limit = limit
        self._first: Page[T] | None = None

    def _size(self, offset: int) -> int:
        if self._limit is None:
            return self._page_size
        return max(0, min(self._page_size, self._limit - offset))


class SyncPager(_Pager[T]):
    """Iterate to fetch pages lazily (one request per page); ``list(pager)`` gets them all.

    >>> for run in client.dag_runs.list("hello"):
    ...     print(run.run_id, run.state)
    """

    def __init__(self, client: Client, fetch: PageFetch[T], page_size: int, limit: int | None = None) -> None:
        super().__init__(fetch, page_size, limit)
        self._client = client

    def first_page(self) -> Page[T]:
        if self._first is None:
            self._first = self._client._run(self._fetch, 0, self._size(0))
        return self._first

    @property
    def total_entries(self) -> int | None:
        """The server's total count (fetches the first page if needed)."""
        return self.first_page().total_entries

    def iter_pages(self) -> Iterator[Page[T]]:
        page = self.first_page()
        while True:
            yield page
            size = self._size(0)
            offset = page.offset + len(page.items)
            if not page.items or page.is_last(size) or self._size(offset) == 0:
                return
            page = self._client._run(self._fetch, offset, self._size(offset))

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPager(_Pager[T]):
    """``async for`` fetches pages lazily; ``await pager.first_page()`` gets one page.

    >>> async for pool in client.pools.list():
    ...     print(pool.name)
    """

    def __init__(self, client: AsyncClient, fetch: PageFetch[T], page_size: int, limit: int | None = None) -> None:
        super().__init__(fetch, page_size, limit)
        self._client = client

    async def first_page(self) -> Page[T]:
        if self._first is None:
            self._first = await self._client._run(self._fetch, 0, self._size(0))
        return self._first

    async def iter_pages(self) -> AsyncIterator[Page[T]]:
        page = await self.first_page()
        while True:
            yield page
            size = self._size(0)
            offset = page.offset + len(page.items)
            if not page.items or page.is_last(size) or self._size(offset) == 0:
                return
            page = await self._client._run(self._fetch, offset, self._size(offset))

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __await__(self) -> Any:
        """``await pager`` returns every item as a list."""

        async def collect() -> list[T]:
            return [item async for item in self]

        return collect().__await__()
