"""A local HTTP server for the synthetic corpus: /news/NNNNNNN.html pages and /feeds/N.xml feeds."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bench.generate import feed_xml, make_page

_PAGE = re.compile(r"^/news/(\d{7})\.html$")
_FEED = re.compile(r"^/feeds/(\d+)\.xml$")


def _handler(n: int, seed: int) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else headers and body in two writes wait ~40 ms for a delayed ACK
        wbufsize = 1 << 16  # one buffered write per response, flushed after each request

        def do_GET(self) -> None:  # noqa: N802 - stdlib naming
            base = f"http://{self.headers.get('Host', '127.0.0.1')}"
            page, feed = _PAGE.match(self.path), _FEED.match(self.path)
            if page and int(page.group(1)) < n:
                self._send(200, "text/html; charset=utf-8", make_page(int(page.group(1)), seed).html)
            elif feed:
                self._send(
                    200, "application/rss+xml; charset=utf-8", feed_xml(base, int(feed.group(1)), n, seed)
                )
            elif self.path == "/robots.txt":
                self._send(200, "text/plain", "User-agent: *\nAllow: /\n")
            else:
                self._send(404, "text/html", "<h1>Not found</h1>")

        def _send(self, status: int, content_type: str, text: str) -> None:
            body = text.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
            return

    return Handler


@contextmanager
def serve_corpus(n: int, seed: int) -> Iterator[str]:
    """Serve pages 0..n-1 and their feeds on 127.0.0.1; yield the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(n, seed))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
