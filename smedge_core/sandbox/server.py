"""The local master process: the TCP server the tools talk to, the dispatcher, start-up and shut-down."""

import logging
import os
import signal
import socketserver
import threading
from pathlib import Path

from . import protocol, products
from .farm import SHUTDOWN, Farm
from .master import Master
from .store import Store
from .tools import write_tools

_log = logging.getLogger(__name__)


def tool_env(data, host, port):
    """The environment that points ``smedge_core`` and a shell at this master."""
    return {"SMEDGE": str(Path(data).resolve() / "bin"), "SMEDGE_MASTER": "{}:{}".format(host, port),
            "SMEDGE_MASTER_PORT": str(port)}


class _Handler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline(protocol.MAX_REQUEST)
        try:
            request = protocol.decode(line)
            code, out, err = self.server.master.handle(
                str(request["tool"]), [str(a) for a in request["args"]], dict(request.get("files") or {}))
        except (ValueError, KeyError, TypeError) as error:
            code, out, err = 2, "", "bad request: {}\n".format(error)
        except Exception as error:  # answer the tool rather than leave it hanging
            _log.exception("request failed")
            code, out, err = 1, "", "the master failed: {!r}\n".format(error)
        self.wfile.write(protocol.encode({"code": code, "stdout": out, "stderr": err}))
        self.wfile.flush()
        if self.server.master.exit_requested:
            self.server.stopping.set()


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class LocalMaster(object):
    """A running master: ``start()``, then ``stopping`` ends it and ``close()`` cleans up."""

    def __init__(self, data, host=protocol.DEFAULT_HOST, port=protocol.DEFAULT_PORT, engines=None):
        self.data = Path(data)
        self.data.mkdir(parents=True, exist_ok=True)
        write_tools(self.data / "bin")
        self.stopping = threading.Event()
        self.store = Store(self.data / "master.sqlite")
        self.farm = Farm(self.store, products.PRODUCTS, str(self.data), engines or os.cpu_count() or 1)
        self.server = _Server((host, port), _Handler)
        self.host, self.port = self.server.server_address[:2]
        self.farm.env = tool_env(self.data, self.host, self.port)
        self.server.master = Master(self.farm)
        self.server.stopping = self.stopping
        self._threads = []

    def start(self):
        for target, args in ((self.server.serve_forever, (0.1,)), (self.farm.run_dispatcher, (self.stopping,))):
            thread = threading.Thread(target=target, args=args, daemon=True)
            thread.start()
            self._threads.append(thread)

    def close(self):
        """Stop serving and dispatching, stop running work (it is requeued on the next start)."""
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()
        self.farm.wake.set()
        for thread in self._threads:
            thread.join(5)
        with self.farm.lock:
            running = [e.work for e in self.farm.engines if e.work is not None]
            for work in running:
                self.farm.stop(work, SHUTDOWN)
        for thread in threading.enumerate():
            if thread.name.startswith("work-"):
                thread.join(5)
        with self.farm.lock:
            self.store.close()


def serve(data, host, port, engines, announce):
    """Run a master in the foreground until SIGINT, SIGTERM or SuperExit."""
    master = LocalMaster(data, host, port, engines)
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: master.stopping.set())
    master.start()
    announce(master)
    while not master.stopping.wait(0.5):
        pass
    master.close()
