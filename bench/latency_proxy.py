"""A TCP proxy that delays every byte by a fixed time each way: a deployment ``2 x delay`` away.

Each chunk read from one side is written to the other ``delay`` seconds after it arrived, without
holding up the chunks behind it (a link's latency, not a slower server): an HTTP request and its
answer take one extra ``2 x delay`` round trip, and concurrent requests overlap as they would over
a real network. Counts requests-ish (client chunks) and the most connections open at once.

    proxy = LatencyProxy(target_port=8080, rtt=0.05)   # in a thread of this process
    client = Client(f"http://127.0.0.1:{proxy.port}/...")
    proxy.close()
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time


class LatencyProxy:
    def __init__(self, target_port: int, rtt: float, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.delay = rtt / 2
        self.connections = 0
        self.peak_connections = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._server: asyncio.AbstractServer | None = None
        self._thread = threading.Thread(target=self._run, name="latency-proxy", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        assert self._server is not None
        self.port: int = self._server.sockets[0].getsockname()[1]

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self._ready.set()
        self._loop.run_forever()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def send() -> None:
            while True:
                due, data = await queue.get()
                if not data:
                    break
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                writer.write(data)
                await writer.drain()
            with contextlib.suppress(Exception):
                writer.write_eof()

        sender = asyncio.create_task(send())
        try:
            while True:
                data = await reader.read(65536)
                queue.put_nowait((time.monotonic() + self.delay, data))
                if not data:
                    break
            await sender
        except (ConnectionError, asyncio.CancelledError):
            sender.cancel()

    async def _handle(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.peak_connections = max(self.peak_connections, self.connections)
        try:
            server_reader, server_writer = await asyncio.open_connection(*self.target)
            await asyncio.gather(
                self._pipe(client_reader, server_writer),
                self._pipe(server_reader, client_writer),
                return_exceptions=True,
            )
            server_writer.close()
        except asyncio.CancelledError:
            pass  # the proxy is closing
        finally:
            self.connections -= 1
            client_writer.close()

    def close(self) -> None:
        async def stop() -> None:
            if self._server is not None:
                self._server.close()
            # until none is left: a cancelled connection cancels its pipes' senders in turn
            while tasks := [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
