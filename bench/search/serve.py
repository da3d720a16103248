# Static server for bench/search.sh: gzips text responses on the fly (as Netlify does), never caches, and appends
# "UNIX-TIME BYTES PATH" for every response to $TMPDIR/serve-PORT.log, which measure.mjs sums per query.
#   python3 serve.py PORT FOLDER
import functools, gzip, http.server, io, os, sys, tempfile, time

TEXT = ('.html', '.json', '.js', '.mjs', '.css', '.txt', '.xml', '.md', '.svg')


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, '.wasm': 'application/wasm', '.js': 'text/javascript'}

    def log_message(self, *args):
        pass

    def copyfile(self, source, destination):
        data = source.read()
        destination.write(data)
        with open(LOG, 'a') as log:
            log.write(f"{time.time():.3f} {len(data)} {self.path}\n")

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, 'index.html')
        if path.endswith(TEXT) and os.path.isfile(path) and 'gzip' in self.headers.get('Accept-Encoding', ''):
            with open(path, 'rb') as f:
                data = gzip.compress(f.read(), 6)
            self.send_response(200)
            self.send_header('Content-Type', self.guess_type(path))
            self.send_header('Content-Encoding', 'gzip')
            self.send_header('Content-Length', str(len(data)))
            self.send_header('Cache-Control', 'no-store')
            self.end_headers()
            return io.BytesIO(data)
        return super().send_head()


port, root = int(sys.argv[1]), sys.argv[2]
LOG = os.path.join(tempfile.gettempdir(), f'serve-{port}.log')
http.server.ThreadingHTTPServer(('127.0.0.1', port), functools.partial(Handler, directory=root)).serve_forever()
