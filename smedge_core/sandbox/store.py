"""The local master's SQLite store: every change is committed before the request is acknowledged.

WAL journal with ``synchronous=FULL``: a committed transaction survives a kill -9 (and a power cut).
One connection, used under the master's lock; :meth:`Store.transaction` groups writes.

A work unit's frames are stored as its packet, ``{"start": s, "end": e, "step": n}`` (older stores hold
the list of frames, still read); ``pending`` holds each job's frames no work unit holds yet, as spans, once
a work unit is made or its Range changes (a job without a row has all of its Range pending);
``processes`` the work processes running, each with what identifies it beyond its PID, recorded before
the work may start so a restarted master can stop a copy left running.

A job's row holds its first dispatch log line (``log_time``, ``log_text``: "submitted with ..."), written
with it; the ``dispatch_log`` table the later lines (stores written before the row held it have the first
line there too, and an empty ``log_text``: :meth:`Store.migrate` adds the columns).
"""

import contextlib
import json
import logging
import sqlite3
import uuid

_log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, params TEXT NOT NULL,
    log_time TEXT NOT NULL DEFAULT '', log_text TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS work (id TEXT PRIMARY KEY, job_id TEXT NOT NULL, seq INTEGER NOT NULL,
    frames TEXT NOT NULL, status INTEGER NOT NULL, engine_id TEXT NOT NULL DEFAULT '',
    failures INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS work_job ON work (job_id);
CREATE TABLE IF NOT EXISTS history (seq INTEGER PRIMARY KEY AUTOINCREMENT, job_id TEXT NOT NULL,
    name TEXT NOT NULL, work_id TEXT NOT NULL, time TEXT NOT NULL, status INTEGER NOT NULL,
    engine_id TEXT NOT NULL, note TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS history_job ON history (job_id);
CREATE TABLE IF NOT EXISTS engines (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, settings TEXT NOT NULL,
    products TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pools (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS translations (seq INTEGER PRIMARY KEY AUTOINCREMENT, windows TEXT NOT NULL,
    linux TEXT NOT NULL, mac TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS dispatch_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, owner TEXT NOT NULL,
    time TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS dispatch_owner ON dispatch_log (owner);
CREATE TABLE IF NOT EXISTS pending (job_id TEXT PRIMARY KEY, segments TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS processes (work_id TEXT PRIMARY KEY, pid INTEGER NOT NULL, token TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS quarantine (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, params TEXT NOT NULL,
    reason TEXT NOT NULL);
"""

WHOLE_SYSTEM = "Whole System"
_text = json.JSONEncoder(ensure_ascii=False).encode


def _packet(frames):
    """``(start, end, step)`` of a stored work unit: a packet, or the list of frames older stores hold."""
    if isinstance(frames, dict):
        return frames["start"], frames["end"], frames["step"]
    return frames[0], frames[-1], frames[1] - frames[0] if len(frames) > 1 else 1


class Store:
    """Rows of the master's state; callers hold the master's lock."""

    def __init__(self, path):
        self.db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(SCHEMA)
        self._depth = 0
        self.migrate()

    def migrate(self):
        """Bring a store written by an older master to this schema: job rows gain their first log line."""
        columns = [row[1] for row in self.db.execute("PRAGMA table_info(jobs)")]
        if "log_text" not in columns:
            with self.transaction():
                self.db.execute("ALTER TABLE jobs ADD COLUMN log_time TEXT NOT NULL DEFAULT ''")
                self.db.execute("ALTER TABLE jobs ADD COLUMN log_text TEXT NOT NULL DEFAULT ''")

    def close(self):
        self.db.close()

    @contextlib.contextmanager
    def transaction(self):
        """Group writes; the outermost block commits (durably) or rolls back on error."""
        if self._depth == 0:
            self.db.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield self.db
        except BaseException:
            self._depth -= 1
            if self._depth == 0 and self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        self._depth -= 1
        if self._depth == 0:
            try:
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:  # SQLite may keep it open after a failed COMMIT
                    self.db.execute("ROLLBACK")
                raise

    # --- meta, pools, translations -----------------------------------------------------------

    def master_id(self):
        """The master's ID, made on first use."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'master_id'").fetchone()
        if row:
            return row[0]
        value = str(uuid.uuid4())
        with self.transaction():
            self.db.execute("INSERT INTO meta VALUES ('master_id', ?)", (value,))
        return value

    def pools(self):
        """``[(id, name)]``; a "Whole System" pool is made on first use."""
        rows = self.db.execute("SELECT id, name FROM pools ORDER BY seq").fetchall()
        if not rows:
            self.add_pool(WHOLE_SYSTEM)
            return self.pools()
        return rows

    def add_pool(self, name):
        pool_id = str(uuid.uuid4())
        with self.transaction():
            seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM pools").fetchone()[0]
            self.db.execute("INSERT INTO pools VALUES (?, ?, ?)", (pool_id, seq, name))
        return pool_id, name

    def translations(self):
        return [tuple(row) for row in self.db.execute("SELECT windows, linux, mac FROM translations ORDER BY seq")]

    # --- jobs and work -----------------------------------------------------------------------

    def load_jobs(self):
        """``[(id, seq, params dict)]`` in submission order; a row whose params are not a JSON object is
        quarantined (the caller holds a transaction)."""
        rows = []
        for job_id, seq, text in self.db.execute("SELECT id, seq, params FROM jobs ORDER BY seq").fetchall():
            try:
                params = json.loads(text)
            except (ValueError, RecursionError) as err:
                self.quarantine(job_id, f"its parameters are not valid JSON: {err}")
                continue
            if isinstance(params, dict) and all(isinstance(v, str) for v in params.values()):
                rows.append((job_id, seq, params))
            else:
                self.quarantine(job_id, "its parameters are not a JSON object of text values")
        return rows

    def quarantine(self, job_id, reason):
        """Move a job row the master cannot load to the ``quarantine`` table (its work and history rows
        stay, unused), and log it (the caller holds a transaction)."""
        _log.warning("job %s is quarantined (kept aside in the quarantine table of the store, not served): %s",
                     job_id, reason)
        self.db.execute("INSERT OR REPLACE INTO quarantine SELECT id, seq, params, ? FROM jobs WHERE id = ?",
                        (reason, job_id))
        self.db.execute("DELETE FROM jobs WHERE id = ?", (job_id,))

    def quarantined(self):
        """``[(id, reason)]`` of the job rows kept aside."""
        return [tuple(r) for r in self.db.execute("SELECT id, reason FROM quarantine ORDER BY seq")]

    def load_work(self):
        """``[(id, job_id, seq, (start, end, step), status, engine_id, failures)]``."""
        return [(r[0], r[1], r[2], _packet(json.loads(r[3])), r[4], r[5], r[6])
                for r in self.db.execute("SELECT * FROM work ORDER BY job_id, seq")]

    def load_pending(self):
        """``[(job id, [[start, end, step, packet size]])]``."""
        return [(r[0], json.loads(r[1])) for r in self.db.execute("SELECT job_id, segments FROM pending")]

    def save_pending(self, job_id, segments):
        self.db.execute("INSERT OR REPLACE INTO pending VALUES (?, ?)", (job_id, json.dumps(segments)))

    def processes(self):
        """``{work id: (pid, token)}`` of the work processes recorded as running."""
        return {r[0]: (r[1], r[2]) for r in self.db.execute("SELECT work_id, pid, token FROM processes")}

    def save_process(self, work_id, pid, token):
        self.db.execute("INSERT OR REPLACE INTO processes VALUES (?, ?, ?)", (work_id, pid, token))

    def delete_process(self, work_id):
        self.db.execute("DELETE FROM processes WHERE work_id = ?", (work_id,))

    def save_job(self, job_id, params):
        """Write the parameters of a stored job."""
        self.db.execute("UPDATE jobs SET params = ? WHERE id = ?", (_text(params), job_id))

    def add_jobs(self, rows):
        """Write new jobs ``[(id, seq, params, log time, log text)]``, each one row with its first dispatch
        log line (its frames are all pending: no ``pending`` row)."""
        self.db.executemany("INSERT INTO jobs VALUES (?, ?, ?, ?, ?)",
                            ((job_id, seq, _text(params), time, text) for job_id, seq, params, time, text in rows))

    def save_work(self, work):
        start, end, step = work.packet
        self.db.execute("INSERT OR REPLACE INTO work VALUES (?, ?, ?, ?, ?, ?, ?)", (
            work.id, work.job_id, work.seq, json.dumps({"start": start, "end": end, "step": step}), work.status,
            work.engine_id, work.failures))

    def delete_work(self, work_id):
        self.db.execute("DELETE FROM work WHERE id = ?", (work_id,))

    def delete_job(self, job_id):
        for table, column in (("jobs", "id"), ("work", "job_id"), ("history", "job_id"),
                              ("dispatch_log", "owner"), ("pending", "job_id")):
            self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", (job_id,))

    def add_history(self, job_id, name, work_id, time, status, engine_id, note):
        self.db.execute("INSERT INTO history (job_id, name, work_id, time, status, engine_id, note) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)", (job_id, name, work_id, time, status, engine_id, note))

    def history(self, job_id):
        """``[(name, work id, time, status, engine id, note)]`` in the order they happened."""
        return [tuple(r) for r in self.db.execute("SELECT name, work_id, time, status, engine_id, note FROM history "
                                         "WHERE job_id = ? ORDER BY seq", (job_id,))]

    # --- engines and dispatch logs -----------------------------------------------------------

    def load_engines(self):
        """``[(id, settings dict, products dict)]`` in creation order."""
        return [(r[0], json.loads(r[1]), json.loads(r[2]))
                for r in self.db.execute("SELECT id, settings, products FROM engines ORDER BY seq")]

    def save_engine(self, engine_id, seq, settings, products):
        self.db.execute("INSERT OR REPLACE INTO engines VALUES (?, ?, ?, ?)", (
            engine_id, seq, json.dumps(settings, ensure_ascii=False), json.dumps(products, ensure_ascii=False)))

    def log(self, owner, time, text):
        self.db.execute("INSERT INTO dispatch_log (owner, time, text) VALUES (?, ?, ?)", (owner, time, text))

    def log_text(self, owner, limit=200):
        """The last ``limit`` dispatch log lines of a job or engine, ``[(time, text)]`` oldest first."""
        rows = self.db.execute("SELECT time, text FROM dispatch_log WHERE owner = ? ORDER BY seq DESC LIMIT ?",
                               (owner, limit)).fetchall()
        rows.reverse()
        if len(rows) < limit:
            rows[:0] = self.db.execute("SELECT log_time, log_text FROM jobs WHERE id = ? AND log_text != ''",
                                       (owner,)).fetchall()
        return rows
