"""The Smedge CLI contract: which tool, which arguments, and how each output is read and written.

The API builds every argv here and reads every output here; the local master (``smedge_core.sandbox``)
parses argv and writes output with the same definitions. A studio whose Smedge differs fixes this one
module. Grades: ``public`` (Überware's manuals and pages, or scripts that drove a real Smedge; each row
names its source) or ``ours`` (nothing public says: this project's convention, which
``python -m smedge_core.verify`` checks against a real install). :data:`VERBS` is the table;
:func:`markdown_table` renders it as the README repeats it.

Rules shared by every verb:

* ``Tool Verb [targets...] [-Option value ...] [-Switch ...]``; verbs, options and parameter names are
  case-insensitive. Targets come first and never start with ``-``. The element after an option is
  always its value, even when it starts with ``-`` (``-Status -1``).
* Every tool takes the client options ``-Master host[:port]``, ``-MasterPort port`` and ``-ClientPort
  port`` and the switch ``-LogMessages`` (public), and ``-LogLevel n`` and ``-ConnectTimeout seconds``
  (ours); the API adds each option only when its environment variable is set.
* Exit codes: ``errors.EXIT_CODES`` (0 success, 1 refused, 2 bad arguments, 3 master unreachable,
  4 no such item).
"""

from __future__ import annotations

import collections
import json
import uuid
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Set, Tuple, Union

from . import _query, _records

CLIENT_OPTIONS = ("Master", "MasterPort", "ClientPort", "LogLevel", "ConnectTimeout")
#: Client switches every tool takes (no value): ``-LogMessages`` prints the tool's log messages on stderr.
CLIENT_SWITCHES = ("LogMessages",)

if TYPE_CHECKING:  # the fields' types, for type checkers; at run time the plain namedtuple (cheaper to build)
    from typing import NamedTuple

    class Verb(NamedTuple):
        tool: str
        verb: str
        targets: str
        options: Tuple[str, ...]
        switches: Tuple[str, ...]
        free: bool
        output: str
        grade: str
        source: str
else:
    Verb = collections.namedtuple("Verb", "tool verb targets options switches free output grade source")
Verb.__doc__ = """One row of the contract.

``verb`` is ``""`` for Submit's file form; ``targets`` names the positional arguments (``""`` for none);
``options`` take one value each (``Regex`` may repeat); ``free`` means any other ``-Name value`` pair is a
job or engine parameter; ``output`` names the format that :data:`READERS` reads; ``grade`` is ``public`` or
``ours`` and ``source`` where a public row was seen (an address, or repository and path)."""

_MANUAL = "Smedge Administrator Manual 2020 (https://docslib.org/doc/1424719/smedge-administrator-manual)"
_SMEDGE_RENDER = "Überware's SmedgeRender.py (http://www.uberware.net/download/SmedgeRender.py)"
_CGL = "basepipe/cglumberjack (its Smedge command: `Script -Type ...`, `Job ID: ` read back)"
_BLENDER = "Smedge Submitter Addon for Blender (J. Wuensch, 2018: `PoolManager List`, `No Pools Available.`)"
_OURS = "none public: ours"

VERBS = (
    Verb("Submit", "", "", ("FromFile",), ("Paused",), False, "job-ids", "public",
         _MANUAL + ", .SJ Job Files; " + _CGL),
    Verb("Submit", "Script", "", ("Type",), ("Paused",), True, "job-ids", "public", _SMEDGE_RENDER + "; " + _CGL),
    Verb("Submit", "<product>", "", (), ("Paused",), True, "job-ids", "ours",
         "this project's first form, still read; never written"),
    Verb("Job", "List", "", ("Query",), (), False, "records", "ours", _OURS),
    Verb("Job", "Update", "job-ids", (), (), True, "", "ours", _OURS),
    Verb("Job", "Pause", "job-ids", (), ("StopWork",), False, "", "ours", _OURS),
    Verb("Job", "Resume", "job-ids", (), (), False, "", "ours", _OURS),
    Verb("Job", "Delete", "job-ids", (), ("StopWork",), False, "", "ours", _OURS),
    Verb("Job", "Preempt", "job-ids", (), (), False, "", "ours", _OURS),
    Verb("Job", "Usurp", "job-ids", ("MinimumPriority",), (), False, "", "ours", _OURS),
    Verb("Job", "ResetFailures", "job-ids", (), (), False, "", "ours", _OURS),
    Verb("Job", "History", "job-ids", (), (), False, "history", "ours", _OURS),
    Verb("Job", "DispatchLog", "job-ids", (), (), False, "json", "ours", _OURS),
    Verb("Engine", "List", "engines", ("Regex",), (), False, "records", "ours", _OURS),
    Verb("Engine", "Enable", "engines", ("Regex",), (), False, "", "ours", _OURS),
    Verb("Engine", "Disable", "engines", ("Regex",), ("StopWork",), False, "", "ours", _OURS),
    Verb("Engine", "Set", "engines", ("Regex",), (), True, "", "ours", _OURS),  # per product: -<product id>.<Name>
    Verb("Engine", "EnableProduct", "engines", ("Product", "Regex"), (), False, "", "ours", _OURS),
    Verb("Engine", "DisableProduct", "engines", ("Product", "Regex"), (), False, "", "ours", _OURS),
    Verb("Engine", "ResetFailures", "engines", ("Regex",), (), False, "", "ours", _OURS),
    Verb("Engine", "DispatchLog", "engines", ("Regex",), (), False, "json", "ours", _OURS),
    Verb("Engine", "DownloadFile", "engine", ("File",), (), False, "text", "ours", _OURS),
    Verb("Engine", "DownloadLog", "engine", ("Work",), (), False, "text", "ours",
         "the verb: " + _MANUAL + ", Engine shell commands; its arguments and output: ours"),
    Verb("Engine", "FollowFile", "engine", ("File", "Offset"), (), False, "text", "ours",
         "the verb: " + _MANUAL + ", Engine shell commands; its arguments and output: ours"),
    Verb("Engine", "FollowLog", "engine", ("Work", "Offset"), (), False, "text", "ours",
         "the verb: " + _MANUAL + ", Engine shell commands; its arguments and output: ours"),
    Verb("PoolManager", "List", "[Name]", (), (), False, "pools", "public", _BLENDER),
    Verb("PoolManager", "Create", "names", (), (), False, "pools", "ours", _OURS),
    Verb("PoolManager", "Delete", "pools", (), (), False, "", "ours", _OURS),
    Verb("PoolManager", "Rename", "pool new-name", (), (), False, "pools", "ours", _OURS),
    Verb("ConfigureMaster", "MasterID", "", (), (), False, "id", "ours", _OURS),
    Verb("ConfigureMaster", "ProductInfo", "[product]", (), (), False, "json", "ours", _OURS),
    Verb("ConfigureMaster", "PathTranslations", "", (), (), False, "translations", "ours", _OURS),
    Verb("ConfigureMaster", "AddPathTranslations", "windows linux mac ...", (), (), False, "", "ours", _OURS),
    Verb("ConfigureMaster", "RemovePathTranslations", "roots", (), (), False, "", "ours", _OURS),
    Verb("ConfigureMaster", "SuperExit", "", (), (), False, "", "ours", _OURS),
)

#: What each output format looks like on stdout.
OUTPUTS = {
    "": "nothing on success",
    "job-ids": "one line per job, in file order, ending `Job ID: <uuid>`",
    "records": "INI records, as in job files: `[<id>]` then `Key = Value` lines (an engine's per-product "
               "overrides: key = product ID, value = JSON object)",
    "json": "one JSON document",
    "history": "JSON `{job id: [{Name, WorkID, Time, Status, EngineID, Note}]}`, Time an RLib number",
    "text": "the raw content (Follow verbs: from byte `-Offset`, default 0)",
    "pools": "`<pool id><TAB><name>` a line (`List Name`: names only); `No Pools Available.` when none",
    "id": "one UUID",
    "translations": "`<windows><TAB><linux><TAB><mac>` a line",
}

NO_POOLS = "No Pools Available."
#: Characters a value printed in a tab-separated line (pool names, path translation roots) cannot hold.
FIELD_BREAKS = "\t\r\n"
JOB_ID_LABEL = "Job ID: "


def find_verb(tool: str, verb: str) -> Verb:
    """The contract row for ``tool verb`` (case-insensitive); Submit's ``<product>`` form for any other verb."""
    key = verb.lower()
    for row in VERBS:
        if row.tool.lower() == tool.lower() and row.verb.lower() == key:
            return row
    if tool.lower() == "submit" and verb:
        return VERBS[2]
    raise ValueError("{} has no verb {!r}; known: {}".format(
        tool, verb, ", ".join(r.verb for r in VERBS if r.tool.lower() == tool.lower())))


def build(tool: str, verb: str = "", targets: Iterable[str] = (), options: Iterable[Tuple[str, str]] = (),
          switches: Iterable[str] = ()) -> List[str]:
    """The argv after the tool's name: ``[verb, *targets, -Name, value, ..., -Switch]``.

    ``options`` is a sequence of ``(name, value)`` pairs (a name may repeat); each value must be a str.
    """
    row = find_verb(tool, verb)
    args = [verb] if verb else []
    for target in targets:
        if target.startswith("-"):
            raise ValueError(f"{tool} {verb}: target {target!r} starts with '-' and would be read as an option")
        args.append(target)
    for name, value in options:
        if not row.free and name.lower() not in {o.lower() for o in row.options}:
            raise ValueError(f"{tool} {verb} takes no option -{name}")
        args += ["-" + name, value]
    args += ["-" + name for name in switches]
    return args


if TYPE_CHECKING:  # as Verb
    class Call(NamedTuple):
        row: Verb
        verb: str
        targets: List[str]
        options: List[Tuple[str, str]]
        switches: Set[str]
        client: Dict[str, str]
else:
    Call = collections.namedtuple("Call", "row verb targets options switches client")
Call.__doc__ = """A parsed command line: ``options`` is a list of ``(name, value)`` pairs in argv order,
``switches`` a set of lower-case names, ``client`` the client options (and switches, as ``"1"``) by
lower-case name."""


def parse(tool: str, args: Iterable[str]) -> Call:
    """Parse a tool's argv (without the tool name) against the contract; ValueError says what is wrong."""
    args = list(args)
    verb = args.pop(0) if args and not args[0].startswith("-") else ""
    row = find_verb(tool, verb)
    targets: List[str] = []
    while args and not args[0].startswith("-"):
        targets.append(args.pop(0))
    options: List[Tuple[str, str]] = []
    switches: Set[str] = set()
    client: Dict[str, str] = {}
    known_options = {o.lower(): o for o in row.options}
    known_switches = {s.lower() for s in row.switches}
    while args:
        flag = args.pop(0)
        name = flag[1:]
        lower = name.lower()
        if not flag.startswith("-") or not name:
            raise ValueError(f"{tool} {verb}: expected an option, found {flag!r}")
        if lower in known_switches:
            switches.add(lower)
            continue
        if lower in {c.lower() for c in CLIENT_SWITCHES}:
            client[lower] = "1"
            continue
        if not args:
            raise ValueError(f"{tool} {verb}: option {flag} needs a value")
        value = args.pop(0)
        if lower in {c.lower() for c in CLIENT_OPTIONS}:
            client[lower] = value
        elif lower in known_options or row.free:
            options.append((known_options.get(lower, name), value))
        else:
            raise ValueError(f"{tool} {verb}: unknown option {flag}")
    return Call(row, verb, targets, options, switches, client)


# --- outputs: each writer has its reader ------------------------------------------------------

def write_job_ids(named_ids: Iterable[Tuple[str, Union[str, uuid.UUID]]]) -> str:
    """``[(name, id)]`` as Submit prints them."""
    return "".join(f'Submitted "{name}" {JOB_ID_LABEL}{job_id}\n' for name, job_id in named_ids)


def read_job_ids(text: str) -> List[uuid.UUID]:
    """The UUIDs of Submit's output, in order."""
    return [uuid.UUID(line.rsplit(None, 1)[-1]) for line in _records.lines(text) if JOB_ID_LABEL in line]


def field_error(what: str, value: object) -> Optional[str]:
    """A message when ``value`` cannot stand in a tab-separated output line, else None."""
    if isinstance(value, str) and any(c in value for c in FIELD_BREAKS):
        return f"{what} {value!r} holds a tab or a line break"
    return None


def write_pools(pools: Sequence[Tuple[Union[str, uuid.UUID], str]], names_only: bool = False) -> str:
    """``[(id, name)]`` as PoolManager prints them."""
    if not pools:
        return NO_POOLS + "\n"
    return "".join((name if names_only else f"{pool_id}\t{name}") + "\n" for pool_id, name in pools)


def read_pools(text: str) -> List[Tuple[uuid.UUID, str]]:
    """``[(UUID, name)]`` from PoolManager's output."""
    pools: List[Tuple[uuid.UUID, str]] = []
    for line in _records.lines(text):
        if line.strip() and line.strip() != NO_POOLS:
            pool_id, _, name = line.partition("\t")
            pools.append((uuid.UUID(pool_id.strip()), name))
    return pools


def write_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) + "\n"


def write_translations(rows: Iterable[Iterable[str]]) -> str:
    return "".join("\t".join(row) + "\n" for row in rows)


def read_translations(text: str) -> List[Tuple[str, ...]]:
    rows: List[Tuple[str, ...]] = []
    for line in _records.lines(text):
        if line:
            fields = line.split("\t")
            rows.append(tuple(fields + [""] * (3 - len(fields)))[:3])
    return rows


# --- structured values inside outputs and options -----------------------------------------------

def query_text(query: Sequence[Any]) -> str:
    """The text ``Job List -Query`` takes: the checked query (see ``_query``) as JSON, every value a str."""
    return json.dumps(_query.check(query), ensure_ascii=False)


def read_query_text(text: str) -> List[Any]:
    """The query a ``-Query`` text holds; the inverse of :func:`query_text`. ValueError for text that is
    not JSON, or nests too deeply (``_query.MAX_DEPTH``)."""
    try:
        query = json.loads(text)
    except RecursionError:
        raise ValueError(f"a query may nest at most {_query.MAX_DEPTH} lists deep") from None
    return _query.check(query)


#: The fields of one history element, as ``Job History`` prints them (``Time`` an RLib time number).
HISTORY_FIELDS = ("Name", "WorkID", "Time", "Status", "EngineID", "Note")


def history_item(name: str, work_id: str, time: str, status: int, engine_id: str,
                 note: str) -> Dict[str, Union[str, int]]:
    """One history element as ``Job History`` prints it, inside ``{job id: [elements]}`` JSON."""
    return dict(zip(HISTORY_FIELDS, (name, work_id, time, status, engine_id, note)))


def read_history(text: str) -> Dict[uuid.UUID, List[Tuple[Any, ...]]]:
    """``{job UUID: [(name, work id, time, status, engine id, note)]}`` from ``Job History``'s output."""
    return {uuid.UUID(job_id): [tuple(item.get(field, "") for field in HISTORY_FIELDS) for item in items]
            for job_id, items in json.loads(text).items()}


def product_setting(product_id: Union[str, uuid.UUID], name: str) -> str:
    """The ``Engine Set`` option name of one per-product setting: ``<product uuid>.<Name>``."""
    return f"{product_id}.{name}"


def split_product_setting(option: str) -> Optional[Tuple[str, str]]:
    """``(product UUID str, name)`` of a per-product option name, else None (an ordinary setting)."""
    product_id, dot, name = option.partition(".")
    return (str(uuid.UUID(product_id)), name) if dot and name and is_uuid(product_id) else None


def is_uuid(text: str) -> bool:
    """Whether ``text`` is a UUID."""
    try:
        uuid.UUID(text)
        return True
    except ValueError:
        return False


def engine_values(settings: Mapping[str, str], products: Mapping[str, Mapping[str, Any]]) -> Dict[str, str]:
    """An engine record's values: its settings, and each product's overrides as JSON under the product ID."""
    values = dict(settings)
    values.update((product_id, json.dumps(overrides, ensure_ascii=False, sort_keys=True))
                  for product_id, overrides in products.items())
    return values


def read_engine_values(values: Mapping[str, str]) -> Dict[str, Any]:
    """The inverse of :func:`engine_values`, as one dict: product IDs map to dicts of overrides."""
    return {key: json.loads(value) if is_uuid(key) else value for key, value in values.items()}


READERS: Dict[str, Callable[[str], Any]] = {
    "": lambda text: None,
    "job-ids": read_job_ids,
    "history": read_history,
    "records": _records.loads,
    "json": json.loads,
    "text": lambda text: text,
    "pools": read_pools,
    "id": lambda text: uuid.UUID(text.strip()),
    "translations": read_translations,
}


def markdown_table() -> str:
    """The contract as a Markdown table (the README repeats it)."""
    lines = ["| tool | verb | targets | options | switches | output | grade | source |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for row in VERBS:
        options = [f"-{o} value" for o in row.options]
        if row.free:
            options.append("-Name value (any parameter)")
        lines.append("| {} | {} | {} | {} | {} | {} | {} | {} |".format(
            row.tool, row.verb or "(none)", row.targets or "", ", ".join(options),
            ", ".join("-" + s for s in row.switches), OUTPUTS[row.output], row.grade, row.source))
    return "\n".join(lines)

