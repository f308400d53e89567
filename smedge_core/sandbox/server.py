"""The local master process: the TCP server the tools talk to, the dispatcher, start-up and shut-down.

One thread holds every connection (a selector): it accepts, reads requests and writes replies without
blocking, so an idle or slow client costs a socket and a buffer, never a thread. Complete requests go to
a few worker threads (:data:`WORKERS`). Limits, each a ``serve`` option:

* a connection that sends nothing for ``--idle-timeout`` seconds (:data:`IDLE_TIMEOUT`) before its
  request is complete is closed, as is one still sending its request after ``--request-timeout`` seconds
  (:data:`REQUEST_TIMEOUT`: a slowloris sending a byte now and then) and one whose reply is not read
  within :data:`WRITE_TIMEOUT`;
* at most ``--max-connections`` (:data:`MAX_CONNECTIONS`, and below the open-file limit) are held at
  once: a new one then closes the oldest connection still sending its request, so a flood of idle
  sockets cannot keep a real client out;
* a request line longer than ``protocol.MAX_REQUEST`` bytes is refused (exit code 2);
* the request bytes held at once, over all connections, from the first byte read until the request is
  answered, are at most ``--max-buffered`` (:data:`MAX_BUFFERED`) plus one read: past it, the connection
  holding the most bytes of a request still being sent is refused (exit code 2, the connection closed),
  until the total is back under it. A request being answered counts :data:`EXPANSION` times its bytes
  (its line, its text and the values read from it); one that does not fit beside those being answered
  is refused, to be sent again later. So 1,024 connections each sending most of ``MAX_REQUEST``, or 8
  workers parsing huge requests, cannot take the master's memory (the jobs it keeps are not counted).
"""

import collections
import contextlib
import logging
import os
import queue
import selectors
import signal
import socket
import sqlite3
import threading
import time
from pathlib import Path

from . import folder, protocol, products
from .farm import SHUTDOWN, Farm
from .folder import StartError
from .master import MAX_VALUE, Master
from .store import Store
from .tools import write_tools

_log = logging.getLogger(__name__)

#: Seconds a connection may send nothing before its request is complete; then it is closed.
IDLE_TIMEOUT = 10.0
#: Seconds a client has to read its reply.
WRITE_TIMEOUT = 60.0
#: Seconds a connection has to send its whole request, however steadily it sends.
REQUEST_TIMEOUT = 120.0
#: Connections held at once (lowered to fit the open-file limit).
MAX_CONNECTIONS = 1024
#: Threads that answer complete requests (requests that read or change state take the farm's lock).
WORKERS = 8
#: Request bytes held at once over all connections (read, not yet answered): two of the largest requests.
MAX_BUFFERED = 2 * protocol.MAX_REQUEST
#: How many times its bytes a request holds while it is answered: the line, its decoded text and the values
#: parsed from it (measured with tracemalloc: about 3 for a request of one huge value, see bench_flood.py).
EXPANSION = 3
#: Bytes read from a connection at once.
_CHUNK = 1 << 20
#: Connections the kernel queues before they are accepted.
BACKLOG = 1024
#: File descriptors kept for the store, logs and work processes when fitting MAX_CONNECTIONS.
_RESERVED_FILES = 128


def tool_env(data, host, port):
    """The environment that points ``smedge_core`` and a shell at this master."""
    return {"SMEDGE": str(Path(data).resolve() / "bin"), "SMEDGE_MASTER": f"{host}:{port}",
            "SMEDGE_MASTER_PORT": str(port)}


def answer(master, line):
    """The reply bytes to one request line."""
    try:
        request = protocol.decode(line)
        args, files = request["args"], request.get("files") or {}
        if not isinstance(args, list):
            raise ValueError("'args' must be a list of text")
        if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
            raise ValueError("'files' must map file paths to their text")
        code, out, err = master.handle(str(request["tool"]), [str(a) for a in args], files)
    except RecursionError:
        code, out, err = 2, "", "bad request: nested too deeply\n"
    except (ValueError, KeyError, TypeError) as error:
        code, out, err = 2, "", f"bad request: {error}\n"
    except Exception as error:  # answer the tool rather than leave it hanging
        _log.exception("request failed")
        code, out, err = 1, "", f"the master failed: {error!r}\n"
    return protocol.encode({"code": code, "stdout": out, "stderr": err})


def open_file_limit():
    """The soft limit on open files (None where unknown)."""
    try:
        import resource
    except ImportError:
        return None
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def raise_open_file_limit(wanted=65536):
    """Raise the soft limit on open files towards ``wanted`` (up to the hard limit), for ``serve``."""
    try:
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        if soft != resource.RLIM_INFINITY and soft < target:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    except (ImportError, ValueError, OSError) as err:
        _log.info("open-file limit left as it is: %s", err)


class _Connection:
    __slots__ = ("buffer", "deadline", "held", "last", "opened", "reply", "sent", "sock")

    def __init__(self, sock, now):
        self.sock, self.buffer, self.opened, self.last = sock, bytearray(), now, now
        self.reply, self.sent, self.deadline = None, 0, None
        self.held = 0  # request bytes of this connection counted in Server.held


class Server:
    """The master's listening socket, its connections and its workers."""

    def __init__(self, master, host, port, stopping, idle_timeout=IDLE_TIMEOUT, max_connections=MAX_CONNECTIONS,
                 max_buffered=MAX_BUFFERED, request_timeout=REQUEST_TIMEOUT):
        self.master, self.stopping, self.idle_timeout = master, stopping, idle_timeout
        self.request_timeout = request_timeout
        self.max_buffered = max_buffered
        self.held = 0  # request bytes read and not answered yet, over all connections
        self._held_lock = threading.Lock()
        limit = open_file_limit()
        self.max_connections = max(16, min(max_connections, limit - _RESERVED_FILES)) if limit else max_connections
        family, kind, proto, _, address = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM, 0,
                                                             socket.AI_PASSIVE)[0]
        self.listener = socket.socket(family, kind, proto)
        try:
            self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self.listener.bind(address)
            self.listener.listen(BACKLOG)
        except OSError:
            self.listener.close()
            raise
        self.listener.setblocking(False)
        self.address = self.listener.getsockname()[:2]
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.listener, selectors.EVENT_READ, "listen")
        self._wake_read, self._wake_write = socket.socketpair()
        self._wake_read.setblocking(False)
        self._wake_write.setblocking(False)
        self.selector.register(self._wake_read, selectors.EVENT_READ, "wake")
        self.connections = collections.OrderedDict()  # socket: _Connection, oldest first
        self.requests = queue.Queue()
        self.replies = queue.Queue()
        self._closed = False
        self._next_expiry = 0.0
        self._threads = []

    def start(self):
        threads = [threading.Thread(target=self._loop, name="master-connections", daemon=True)]
        threads += [threading.Thread(target=self._work, name=f"master-worker-{n}", daemon=True)
                    for n in range(WORKERS)]
        for thread in threads:
            thread.start()
        self._threads = threads

    def close(self):
        self._closed = True
        self._wake()
        for _ in range(WORKERS):
            self.requests.put(None)
        for thread in self._threads:
            thread.join(5)
        for conn in list(self.connections.values()):
            self._drop(conn)
        self.selector.close()
        for sock in (self.listener, self._wake_read, self._wake_write):
            sock.close()

    # --- the connections thread --------------------------------------------------------------

    def _wake(self):
        with contextlib.suppress(OSError):  # its buffer is full: the loop wakes anyway
            self._wake_write.send(b"x")

    def _loop(self):
        while not self._closed:
            try:
                events = self.selector.select(0.25)
            except OSError:
                if self._closed:
                    return
                raise
            try:
                for key, mask in events:
                    if key.data == "listen":
                        self._accept()
                    elif key.data == "wake":
                        self._drain_wake()
                    elif key.data.sock not in self.connections:
                        continue  # dropped earlier in this round
                    elif mask & selectors.EVENT_READ:
                        self._read(key.data)
                    elif mask & selectors.EVENT_WRITE:
                        self._write(key.data)
                self._take_replies()
                self._expire()
            except Exception:  # keep serving; the log has the traceback
                _log.exception("the connection loop failed")

    def _drain_wake(self):
        try:
            while self._wake_read.recv(4096):
                pass
        except OSError:
            pass

    def _accept(self):
        while True:
            try:
                sock, _ = self.listener.accept()
            except BlockingIOError:
                return
            except OSError as err:  # out of file descriptors: make room, accept on the next round
                _log.warning("accepting a connection failed: %s", err)
                if not self._evict():
                    time.sleep(0.05)  # every connection is being answered: let them finish
                return
            if len(self.connections) >= self.max_connections and not self._evict():
                sock.close()
                continue
            sock.setblocking(False)
            conn = _Connection(sock, time.monotonic())
            self.connections[sock] = conn
            self.selector.register(sock, selectors.EVENT_READ, conn)

    def _evict(self):
        """Close the oldest connection still sending its request; False when there is none."""
        for conn in self.connections.values():
            if conn.reply is None and conn.deadline is None:
                _log.debug("closing the oldest unfinished connection to take a new one")
                self._drop(conn)
                return True
        return False

    def _hold(self, conn, count):
        """Count ``count`` more (or, negative, fewer) request bytes of ``conn``."""
        with self._held_lock:
            count = max(count, -conn.held)
            conn.held += count
            self.held += count

    def _refuse_largest(self):
        """While more than ``max_buffered`` request bytes are held, refuse the connection holding the most
        bytes of a request still being sent."""
        while self.held > self.max_buffered:
            pending = [c for c in self.connections.values() if c.reply is None and c.deadline is None and c.buffer]
            if not pending:
                return
            conn = max(pending, key=lambda c: len(c.buffer))
            _log.warning("refusing a request of %d bytes and counting: %d request bytes held, past --max-buffered %d",
                         len(conn.buffer), self.held, self.max_buffered)
            self.selector.unregister(conn.sock)
            conn.deadline = time.monotonic() + WRITE_TIMEOUT
            conn.buffer = bytearray()
            self._hold(conn, -conn.held)
            message = (f"the master is holding more than {self.max_buffered} bytes of requests (serve --max-buffered) "
                       "and this one was the largest still being sent; send it again later\n")
            self.replies.put((conn, protocol.encode({"code": 2, "stdout": "", "stderr": message})))

    def _read(self, conn):
        if conn.deadline is not None:  # refused earlier in this round: no longer read
            return
        try:
            data = conn.sock.recv(_CHUNK)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:
            self._drop(conn)
            return
        conn.last = time.monotonic()
        start = len(conn.buffer)
        conn.buffer += data
        self._hold(conn, len(data))
        if self.held > self.max_buffered:
            self._refuse_largest()
            if conn.deadline is not None:  # it was the one refused
                return
        end = conn.buffer.find(b"\n", start)
        if end < 0 and len(conn.buffer) < protocol.MAX_REQUEST:
            return
        self.selector.unregister(conn.sock)
        conn.deadline = conn.last + WRITE_TIMEOUT  # no longer idle: its request is being answered
        message = (self._too_big(conn, end + 1) if end >= 0 else
                   f"bad request: longer than {protocol.MAX_REQUEST} bytes\n")
        if message:
            self._hold(conn, -conn.held)
            self.replies.put((conn, protocol.encode({"code": 2, "stdout": "", "stderr": message})))
        else:
            line, conn.buffer = conn.buffer, bytearray()
            del line[end + 1:]  # in place: a request is never copied
            self.requests.put((conn, line))
        conn.buffer = bytearray()

    def _too_big(self, conn, size):
        """Count a complete request as :data:`EXPANSION` times ``size`` until it is answered, refusing
        others still being sent to make room; the reason to refuse it instead, else None."""
        self._hold(conn, EXPANSION * size - conn.held)
        if self.held > self.max_buffered:
            self._refuse_largest()
        if self.held <= self.max_buffered:
            return None
        if conn.held > self.max_buffered:
            return (f"this request of {size:,} bytes needs about {conn.held:,} to be answered, "
                    f"more than the {self.max_buffered:,} this master holds for requests (serve --max-buffered)\n")
        return (f"the master is answering other large requests and holds {self.held - conn.held:,} "
                f"of its {self.max_buffered:,} bytes for requests (serve --max-buffered); send this one again later\n")

    def _take_replies(self):
        while True:
            try:
                conn, data = self.replies.get_nowait()
            except queue.Empty:
                return
            if conn.sock not in self.connections:
                continue
            conn.reply, conn.sent = memoryview(data), 0
            conn.deadline = time.monotonic() + WRITE_TIMEOUT
            self.selector.register(conn.sock, selectors.EVENT_WRITE, conn)
            self._write(conn)

    def _write(self, conn):
        try:
            conn.sent += conn.sock.send(conn.reply[conn.sent:])
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._drop(conn)
            return
        if conn.sent >= len(conn.reply):
            self._drop(conn)
            if self.master.exit_requested:
                self.stopping.set()

    def _expire(self):
        now = time.monotonic()
        if now < self._next_expiry:
            return
        self._next_expiry = now + 0.1
        for conn in list(self.connections.values()):
            if conn.deadline is None:
                if now - conn.last > self.idle_timeout or now - conn.opened > self.request_timeout:
                    self._drop(conn)
            elif conn.reply is not None and now > conn.deadline:
                self._drop(conn)

    def _drop(self, conn):
        self._hold(conn, -conn.held)
        conn.buffer = bytearray()
        self.connections.pop(conn.sock, None)
        with contextlib.suppress(KeyError, ValueError):
            self.selector.unregister(conn.sock)
        conn.sock.close()

    # --- the workers -------------------------------------------------------------------------

    def _work(self):
        while True:
            item = self.requests.get()
            if item is None:
                return
            conn, line = item
            reply = answer(self.master, line)
            del item, line
            self._hold(conn, -conn.held)
            self.replies.put((conn, reply))
            self._wake()


class LocalMaster:
    """A running master: ``start()``, then ``stopping`` ends it and ``close()`` cleans up."""

    def __init__(self, data, host=protocol.DEFAULT_HOST, port=protocol.DEFAULT_PORT, engines=None,
                 max_frames=None, idle_timeout=IDLE_TIMEOUT, max_connections=MAX_CONNECTIONS,
                 max_buffered=MAX_BUFFERED, max_value=MAX_VALUE, request_timeout=REQUEST_TIMEOUT, stopping=None):
        self.data = Path(data)
        try:
            self.data.mkdir(parents=True, exist_ok=True)
            write_tools(self.data / "bin")
        except OSError as err:
            raise StartError(f"data folder {self.data}: {folder.cause(err)}") from None
        self.lock = folder.DataLock(self.data)
        self.store = None
        try:
            self.wal_lost = folder.check_wal(self.data, self.lock.unclean)
            self.stopping = stopping or threading.Event()
            database = self.data / folder.DATABASE
            try:
                self.store = Store(database)
                self.farm = Farm(self.store, products.PRODUCTS, str(self.data), engines or os.cpu_count() or 1,
                                 max_frames)
            except (sqlite3.Error, OSError, ValueError, RecursionError) as err:  # ValueError: a broken engine row
                raise StartError(f"{database}: {folder.cause(err)}") from None
            try:
                self.server = Server(Master(self.farm, max_value), host, port, self.stopping, idle_timeout,
                                     max_connections, max_buffered, request_timeout)
            except OSError as err:
                raise StartError(f"cannot listen on {host}:{port}: {folder.cause(err)}") from None
        except BaseException:
            if self.store is not None:
                self.store.close()
            self.lock.release()
            raise
        self.host, self.port = self.server.address
        self.lock.write(f"{os.getpid()} {self.host}:{self.port}")
        self.farm.env = tool_env(self.data, self.host, self.port)
        self._threads = []

    def start(self):
        self.server.start()
        thread = threading.Thread(target=self.farm.run_dispatcher, args=(self.stopping,), daemon=True)
        thread.start()
        self._threads.append(thread)

    def close(self):
        """Stop serving and dispatching, stop running work (it is requeued on the next start)."""
        self.stopping.set()
        self.server.close()
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
        self.lock.release()


def process_exists(pid):
    """Whether process ``pid`` exists and is no zombie."""
    from .identity import _stat
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, but is someone else's
        return True
    fields = _stat(pid)
    return fields is None or fields[0] != b"Z"


def watch_parent(pid, stopping, interval=0.5):
    """Set ``stopping`` once process ``pid`` is gone (polled; a master whose parent it is notices it
    being re-parented, so a reused PID does not fool it)."""
    direct = os.getppid() == pid
    while not stopping.wait(interval):
        if (os.getppid() != pid) if direct else not process_exists(pid):
            _log.warning("process %s, which this master watches (--parent-pid), is gone: stopping", pid)
            stopping.set()


def serve(data, host, port, engines, announce, max_frames=None, idle_timeout=IDLE_TIMEOUT,
          max_connections=MAX_CONNECTIONS, parent_pid=None, max_buffered=MAX_BUFFERED, max_value=MAX_VALUE,
          request_timeout=REQUEST_TIMEOUT):
    """Run a master in the foreground until SIGINT, SIGTERM, SuperExit, or the end of ``parent_pid``;
    :class:`~.folder.StartError` when it cannot start."""
    raise_open_file_limit()
    stopping = threading.Event()
    for number in (signal.SIGINT, signal.SIGTERM):  # before the port listens: a stop asked then is not lost
        signal.signal(number, lambda *_: stopping.set())
    master = LocalMaster(data, host, port, engines, max_frames, idle_timeout, max_connections, max_buffered,
                         max_value, request_timeout, stopping)
    master.start()
    if parent_pid:
        threading.Thread(target=watch_parent, args=(parent_pid, master.stopping), name="parent-watch",
                         daemon=True).start()
    announce(master)
    while not master.stopping.wait(0.5):
        pass
    master.close()
