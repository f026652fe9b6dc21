#!/usr/bin/env python3
"""A static server for the benchmarks that compresses text as web hosts do (gzip when the browser
accepts it), so Lighthouse weighs pages as readers download them. Logs nothing.
  python3 bench/serve.py FOLDER PORT [--plain]     (--plain: no compression, like python3 -m http.server)"""
import gzip, http.server, os, sys

folder, port = sys.argv[1], int(sys.argv[2])
plain = "--plain" in sys.argv[3:]
TEXT = {".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
        ".json": "application/json", ".svg": "image/svg+xml", ".txt": "text/plain; charset=utf-8"}


class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=folder, **kwargs)

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        kind = TEXT.get(os.path.splitext(path)[1])
        if plain or kind is None or "gzip" not in self.headers.get("Accept-Encoding", "") or not os.path.isfile(path):
            return super().do_GET()
        with open(path, "rb") as f:
            body = gzip.compress(f.read(), 6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)


http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
