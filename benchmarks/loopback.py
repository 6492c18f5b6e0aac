"""A 127.0.0.1 HTTP/1.1 server that answers every POST with one fixed body, for the per-call
overhead benchmark: run in its own process (so it does not share the client's GIL), it prints
its port and serves until its standard input closes.

    python3 benchmarks/loopback.py BODY_FILE CONTENT_TYPE
"""

from __future__ import annotations

import http.server
import sys
import threading
from pathlib import Path


def main() -> None:
    body = Path(sys.argv[1]).read_bytes()
    content_type = sys.argv[2]

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as a tenant's server
        disable_nagle_algorithm = True  # headers and body go out at once

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()  # until the benchmark ends


if __name__ == "__main__":
    main()
