"""A local HTTP server in a thread for the fetch tests: fixed routes, redirects, big and slow bodies."""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = (
    "Taliban fighters attacked an army post in Kandahar on Monday, killing four soldiers, the Afghan "
    "defence ministry said. The ministry said the attackers were repelled after a two-hour gunfight.\n"
)
PAGE = (
    "<html><head><title>Kandahar attack</title></head><body><article><h1>Kandahar attack</h1>"
    f"<p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>"
)


@dataclass(slots=True)
class Route:
    """What the server answers on one path."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # before the status line
    trickle_s: float = 0.0  # between body bytes
    length: bool = True  # send Content-Length (else close the connection to end the body)
    declared: int | None = None  # a Content-Length to claim instead of the body's (then hang up)


class LocalServer:
    """A threaded HTTP server on 127.0.0.1 with routes set by the test; it records the paths asked for."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[str] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        # The fetcher hangs up mid-body on purpose (size and time limits): not worth a traceback.
        self._server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
        self.port = int(self._server.server_address[1])
        self.base = f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        """The full URL of a path on this server."""
        return self.base + path

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server.hits.append(self.path)
                route = server.routes.get(self.path, Route(404, b"not found"))
                time.sleep(route.delay_s)
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if route.declared is not None:
                    self.send_header("Content-Length", str(route.declared))
                    self.close_connection = True
                elif route.length:
                    self.send_header("Content-Length", str(len(route.body)))
                else:
                    self.send_header("Connection", "close")
                self.end_headers()
                try:
                    if route.trickle_s:
                        for byte in route.body:
                            self.wfile.write(bytes([byte]))
                            self.wfile.flush()
                            time.sleep(route.trickle_s)
                    else:
                        self.wfile.write(route.body)
                except OSError:
                    pass  # the client hung up (size or time limit): that is the point
                if not route.length:
                    self.close_connection = True

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler

    def wrap_tls(self, context: ssl.SSLContext) -> None:
        """Serve https from now on (call before the first request)."""
        self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self.base = f"https://127.0.0.1:{self.port}"

    @contextmanager
    def running(self) -> Iterator[LocalServer]:
        """Serve in a daemon thread until the block ends."""
        thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._server.shutdown()
            self._server.server_close()
