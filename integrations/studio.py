"""Studio defaults: the JSON files a pipeline TD writes so that every submitter starts from the studio's choices.

``SMEDGE_SUBMIT_CONFIG`` names the studio's file; a per-user file (``SMEDGE_SUBMIT_USER_CONFIG``, by
default ``~/.smedge-submit/config.json``) overrides it key by key when it exists. They are read when a
submitter opens (:func:`load`), never at import. A file that cannot be read, an unknown key or a bad
value is a warning :class:`~.validate.Finding` naming the file, the key and the value, and that entry is
left out; nothing here raises. The format (see ``docs/studio-defaults.example.json``)::

    {"version": 1,
     "shared_roots": ["/mnt/projects", "P:/"],                # folders render engines reach too
     "review": {"frame_rate": 25, "codec": "prores_ks"},      # the review movie (integrations.review)
     "products": {"Nuke": {"priority": 60, "cpus": 8}},      # per Smedge product, in any host
     "hosts": {"maya": {"pool": "cpu", "priority": 50, "packet_size": 5,
                        "renderers": {"arnold": "Arnold for Maya"},  # renderer -> Smedge product
                        "gpus": 1, "detect_errors": true,          # farm controls (FARM_CONTROLS)
                        "job": {"Executable": "/opt/maya/bin/Render"},  # extra job parameters
                        "split": false}}}                       # per camera (Maya) or view (Nuke)

A job takes, for each parameter it does not set itself: its product's value, else its host's. The farm
controls (``cpus``, ``gpus``, ``ram``, ``distribute_mode``, ``stagger_start``, ``stagger_count``,
``stagger_mode``, ``usage_limit``, ``detect_errors``, ``error_starts``, ``note``, ``finish_disposition``:
:data:`integrations.products.FARM_CONTROLS`) are checked here for their shape only; ``conform_job`` checks
each against the job's product when the graph is validated.
"""
from __future__ import annotations

import logging
import os
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

from smedge_core import Product
from smedge_core.products import find_parameter, to_text
from smedge_core.values import whole_number

from .graph import JobGraph
from .jsonload import BadJSON, load as load_json, shown
from .products import FARM_CONTROLS
from .validate import WARNING, Finding

__all__ = ["CONFIG_ENV", "USER_CONFIG_ENV", "StudioDefaults", "load", "user_config_path"]

_log = logging.getLogger(__name__)

#: The variable naming the studio's defaults file.
CONFIG_ENV = "SMEDGE_SUBMIT_CONFIG"
#: The variable naming the per-user file (``~/.smedge-submit/config.json`` when unset).
USER_CONFIG_ENV = "SMEDGE_SUBMIT_USER_CONFIG"
VERSION = 1
#: Job defaults a host or product section may set, and the job parameter each one fills.
JOB_DEFAULTS = dict({"pool": "Pool", "priority": "Priority", "packet_size": "PacketSize"}, **FARM_CONTROLS)
_MANAGED = ("id", "waitforjobid", "waitforwholejob", "type")
#: Job parameters that have keys of their own in a section (so a product's value can win over a host's).
_OWN_KEYS = {"pool": "pool", "priority": "priority", "packetsize": "packet_size"}
HOSTS = ("maya", "nuke", "houdini", "blender")


def user_config_path(environ: Optional[Mapping[str, str]] = None) -> str:
    """The per-user defaults file: ``SMEDGE_SUBMIT_USER_CONFIG``, else ``~/.smedge-submit/config.json``."""
    environ = os.environ if environ is None else environ
    return environ.get(USER_CONFIG_ENV) or os.path.join(os.path.expanduser("~"), ".smedge-submit", "config.json")


class StudioDefaults:
    """The merged defaults for one host; ``findings`` lists what was wrong in the files."""

    def __init__(self, host: str, data: Optional[Dict[str, Any]] = None, files: Tuple[str, ...] = (),
                 findings: Optional[List[Finding]] = None) -> None:
        data = data or {}
        self.host = host
        self.files = tuple(files)
        self.findings = list(findings or [])
        self._host = data.get("hosts", {}).get(host, {})
        self._products = data.get("products", {})
        self._shared_roots: List[str] = data.get("shared_roots", [])
        self._review: Dict[str, Any] = data.get("review", {})

    @property
    def review(self) -> Dict[str, Any]:
        """The review movie's defaults the files set (keys of :data:`REVIEW_KEYS`; the rest from
        ``integrations.review``)."""
        return dict(self._review)

    @property
    def shared_roots(self) -> List[str]:
        """The folders render engines reach as this machine does: a Scene under none of them is a warning."""
        return list(self._shared_roots)

    @property
    def split(self) -> bool:
        """Whether layers and Writes are split per camera or view unless the artist says otherwise."""
        return bool(self._host.get("split", False))

    def product_for(self, renderer: Optional[str], default: str) -> str:
        """The Smedge product for a renderer (matched regardless of case), else ``default``."""
        return self._host.get("renderers", {}).get((renderer or "").lower(), default)

    def renderers(self) -> Dict[str, str]:
        """The host's ``renderers``: renderer (lower case) -> Smedge product, as the files give them."""
        return dict(self._host.get("renderers", {}))

    def job_values(self, product: str) -> Dict[str, Any]:
        """The job parameters a job of ``product`` takes where it sets none: host values, then the
        product's, then the host's extra job parameters."""
        values: Dict[str, Any] = {}
        product_section: Dict[str, Any] = self._products.get(product.lower(), {})
        for section in (self._host, product_section):
            for key, parameter in JOB_DEFAULTS.items():
                if key in section:
                    values[parameter] = section[key]
        values.update(self._host.get("job", {}).values())  # (spelling, value) by lower-case name
        return values

    def apply(self, graph: JobGraph, default_product: str) -> None:
        """Fill every job of ``graph`` with :meth:`job_values` for its Type where it sets no value."""
        for job_id in graph:
            for name, value in self.job_values(graph.value(job_id, "Type") or default_product).items():
                if graph.value(job_id, name) in (None, ""):
                    graph.set_value(job_id, name, value)


def load(host: str, environ: Optional[Mapping[str, str]] = None,
         products: Optional[Iterable[Product]] = None) -> StudioDefaults:
    """The defaults for ``host`` from the studio file and the user's file (which wins), as they are now.

    Each ``job`` value must be text, a number, true/false, a list of those or an object; with
    ``products`` (e.g. ``smedge_core.get_product_info()``) it must also be a valid value of that
    parameter in every one of them that has it."""
    environ = os.environ if environ is None else environ
    merged: Dict[str, Any] = {}
    files: List[str] = []
    findings: List[Finding] = []
    studio_file = environ.get(CONFIG_ENV, "")
    for path, variable in ((studio_file, CONFIG_ENV), (user_config_path(environ), USER_CONFIG_ENV)):
        if not path or (variable == USER_CONFIG_ENV and not os.path.exists(path)):
            continue
        data = _read(path, variable, findings)
        if data is not None:
            files.append(path)
            _merge(merged, _checked(data, path, findings, list(products or [])))
    _log.debug("Studio defaults for %s from %s", host, files or "no file")
    return StudioDefaults(host, merged, tuple(files), findings)


def _problem(findings: List[Finding], path: str, key: str, message: str) -> None:
    findings.append(Finding(WARNING, "Studio defaults", None, key, f"{path}: {key}: {message}; this entry is ignored"))


def _read(path: str, variable: str, findings: List[Finding]) -> Optional[Dict[str, Any]]:
    try:
        data = load_json(path)
    except BadJSON as err:
        _problem(findings, path, variable, f"cannot be read ({err.reason})")
        return None
    if not isinstance(data, dict):
        _problem(findings, path, "(top level)", f"expected a JSON object, found {shown(data)}")
        return None
    return data


#: The shape each farm control's value must have here (the product checks the value itself).
_CONTROL_SHAPES = {"cpus": "number", "gpus": "number", "ram": "number", "stagger_start": "number",
                   "stagger_count": "number", "usage_limit": "number", "detect_errors": "bool",
                   "error_starts": "texts", "note": "text", "distribute_mode": "choice",
                   "stagger_mode": "choice", "finish_disposition": "choice"}
_SHAPE_NAMES = {"number": "a whole number (-1 or more)", "bool": "true or false",
                "texts": "a list of texts", "text": "a text", "choice": "a choice (its name or number)"}


def _job_default(key: str, value: Any) -> Any:
    if key == "pool":
        if not isinstance(value, str) or not value.strip():
            raise ValueError("a pool name")
        return value.strip()
    shape = _CONTROL_SHAPES.get(key)
    if shape is None:
        return whole_number(value, key, 0 if key == "priority" else 1)
    good = {"number": lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= -1,
            "bool": lambda v: isinstance(v, bool),
            "texts": lambda v: isinstance(v, list) and all(isinstance(i, str) and i for i in v),
            "text": lambda v: isinstance(v, str),
            "choice": lambda v: (isinstance(v, str) and bool(v.strip())) or
            (isinstance(v, int) and not isinstance(v, bool) and v >= 0)}[shape]
    if not good(value):
        raise ValueError(_SHAPE_NAMES[shape])
    return value


def _section(data: Any, where: str, path: str, findings: List[Finding], allowed: Tuple[str, ...],
             products: List[Product]) -> Dict[str, Any]:
    """The known, valid entries of a host or product section."""
    out: Dict[str, Any] = {}
    if not isinstance(data, dict):
        _problem(findings, path, where, f"expected an object, found {data!r}")
        return out
    for key, value in data.items():
        name = f"{where}.{key}"
        if key not in allowed:
            _problem(findings, path, name, "unknown key (known: {})".format(", ".join(allowed)))
        elif key in JOB_DEFAULTS:
            try:
                out[key] = _job_default(key, value)
            except (TypeError, ValueError) as err:
                _problem(findings, path, name, f"{value!r} is not {_expected(key, err)}")
        elif key == "split":
            if isinstance(value, bool):
                out[key] = value
            else:
                _problem(findings, path, name, f"{value!r} is not true or false")
        elif key == "renderers":
            out[key] = {renderer.lower(): product for renderer, product in _mapping(
                value, name, path, findings, lambda v: isinstance(v, str) and bool(v.strip()),
                "a Smedge product name").items()}
        elif key == "job":
            out[key] = {}
            for parameter, item in _mapping(value, name, path, findings, lambda v: True, "").items():
                entry = f"{name}.{parameter}"
                if parameter.lower() in _MANAGED:
                    _problem(findings, path, entry, "is set by the submitter, not by defaults")
                elif parameter.lower() in _OWN_KEYS:
                    _problem(findings, path, entry, "set it with {}.{} instead".format(
                        name.rsplit(".", 1)[0], _OWN_KEYS[parameter.lower()]))
                elif _job_value_problem(parameter, item, products) is None:
                    # by lower-case name, so a user's file overrides a studio's whatever the spelling
                    out[key][parameter.lower()] = (parameter, item)
                else:
                    _problem(findings, path, entry, str(_job_value_problem(parameter, item, products)))
    return out


def _job_value_problem(name: str, value: Any, products: List[Product]) -> Optional[str]:
    """Why ``value`` cannot be the job parameter ``name`` (None if it can)."""
    scalar = (str, int, float, bool)
    if not (isinstance(value, (*scalar, dict)) or
            (isinstance(value, list) and all(isinstance(item, scalar) for item in value))):
        return f"{shown(value)} is not text, a number, true/false, a list of those or an object"
    for product in products:
        parameter = find_parameter(product.parameters, name)
        if parameter is not None:
            try:
                to_text(parameter, value)
            except ValueError as err:
                return f"{shown(value)} is not a valid value for {product.name} ({shown(str(err), 300)})"
    return None


def _expected(key: str, err: Exception) -> str:
    return {"pool": "a pool name", "priority": "a whole number of at least 0",
            "packet_size": "a whole number of at least 1"}.get(key, str(err))


def _mapping(value: Any, where: str, path: str, findings: List[Finding], good: Any, what: str) -> Dict[str, Any]:
    if not isinstance(value, dict):
        _problem(findings, path, where, f"expected an object, found {value!r}")
        return {}
    out = {}
    for key, item in value.items():
        if good(item):
            out[key] = item
        else:
            _problem(findings, path, f"{where}.{key}", f"{item!r} is not {what}")
    return out


def _checked(data: Dict[str, Any], path: str, findings: List[Finding], products: List[Product]) -> Dict[str, Any]:
    """The valid part of one file's data."""
    out: Dict[str, Any] = {}
    host_keys = (*tuple(JOB_DEFAULTS), "renderers", "job", "split")
    for key, value in data.items():
        if key == "version":
            if value != VERSION:
                _problem(findings, path, key, f"{value!r} is not a supported version ({VERSION})")
        elif key == "hosts" and isinstance(value, dict):
            out["hosts"] = {}
            for host, section in value.items():
                if host not in HOSTS:
                    _problem(findings, path, f"hosts.{host}", "unknown host (known: {})".format(
                        ", ".join(HOSTS)))
                else:
                    out["hosts"][host] = _section(section, "hosts." + host, path, findings, host_keys, products)
        elif key == "products" and isinstance(value, dict):
            out["products"] = {product.lower(): _section(section, "products." + product, path, findings,
                                                         tuple(JOB_DEFAULTS), products)
                               for product, section in value.items()}
        elif key == "shared_roots":
            if isinstance(value, list) and all(isinstance(root, str) and root.strip() for root in value):
                out[key] = value
            else:
                _problem(findings, path, key, f"{value!r} is not a list of folder paths")
        elif key == "review":
            out[key] = {k: v for k, v in _mapping(value, key, path, findings, lambda v: True, "").items()
                        if _review_value(k, v, path, findings)}
        elif key in ("hosts", "products"):
            _problem(findings, path, key, f"expected an object, found {value!r}")
        else:
            _problem(findings, path, key, "unknown key (known: version, shared_roots, review, hosts, products)")
    return out


#: The review movie's studio defaults: what each must be.
REVIEW_KEYS = {"product": "a Smedge product name", "frame_rate": "a number above 0",
               "codec": "an FFmpeg video codec name", "output_options": "FFmpeg output options (text)",
               "output": "a path with {folder}, {stem} or {job} fields", "executable": "the ffmpeg program"}


def _review_value(key: str, value: Any, path: str, findings: List[Finding]) -> bool:
    if key not in REVIEW_KEYS:
        _problem(findings, path, "review." + key, f"unknown key (known: {', '.join(sorted(REVIEW_KEYS))})")
        return False
    if key == "frame_rate":
        good = isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < float("inf")
    elif key == "output":
        try:
            good = isinstance(value, str) and bool(value.strip()) and bool(value.format(folder="", stem="", job=""))
        except (KeyError, IndexError, ValueError):
            good = False
    else:
        good = isinstance(value, str) and (key == "output_options" or bool(value.strip()))
    if not good:
        _problem(findings, path, "review." + key, f"{value!r} is not {REVIEW_KEYS[key]}")
    return good


def _merge(into: Dict[str, Any], data: Dict[str, Any]) -> None:
    """Merge ``data`` into ``into``, objects key by key, other values replaced."""
    for key, value in data.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value
