"""smedge_core: the Smedge Python API, over Smedge's command-line tools.

``import smedge_core as smedge`` gives exactly the names of Smedge's Python API reference; this is the
surface that changes least. The names load on first use, so importing the package costs almost nothing
inside a DCC. ``SMEDGE`` is read when asked for, from the environment. Submodules: ``errors`` (the
error classes), ``jobfile`` (job files for dry runs), ``products`` (whether the product definitions
are fetched), ``sandbox`` (a local Smedge-compatible master).
"""

import importlib

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: type checkers read the block below
if TYPE_CHECKING:  # the names as type checkers see them; at run time they load on first use (__getattr__)
    from pathlib import Path

    from ._api import (
        add_path_translations as add_path_translations, create_pools as create_pools,
        delete_jobs as delete_jobs, delete_pools as delete_pools, disable_engines as disable_engines,
        disable_product as disable_product, download_file as download_file, enable_engines as enable_engines,
        enable_product as enable_product, get_engine_dispatch_log as get_engine_dispatch_log,
        get_engines as get_engines, get_job_dispatch_log as get_job_dispatch_log,
        get_job_history as get_job_history, get_jobs as get_jobs, get_master_id as get_master_id,
        get_path_translations as get_path_translations, get_pools as get_pools, pause_jobs as pause_jobs,
        preempt as preempt, remove_path_translations as remove_path_translations, rename_pool as rename_pool,
        reset_engine_failures as reset_engine_failures, reset_job_failures as reset_job_failures,
        resume_jobs as resume_jobs, set_engines as set_engines, submit_jobs as submit_jobs,
        super_exit as super_exit, update_jobs as update_jobs, usurp as usurp)
    from ._products import (conform_job as conform_job, find_parameter as find_parameter,
                            get_product_info as get_product_info, pythonize_job as pythonize_job)
    from ._query import ids_to_query as ids_to_query
    from ._rtime import datetime_to_rtime as datetime_to_rtime, extract_datetime as extract_datetime
    from ._types import (
        AnyPoolType as AnyPoolType, EngineType as EngineType, HistoryElement as HistoryElement,
        JobHistoryType as JobHistoryType, JobType as JobType, NameOrID as NameOrID, NameOrIDList as NameOrIDList,
        Parameter as Parameter, ParameterList as ParameterList, PathTranslation as PathTranslation, Pool as Pool,
        Product as Product, RegexList as RegexList, TranslationListType as TranslationListType,
        TranslationType as TranslationType, find_value as find_value)
    from .errors import SmedgeComponentError as SmedgeComponentError

    SMEDGE: Path

__version__ = "0.1.0"

_HOMES = {
    "_types": ("AnyPoolType", "EngineType", "HistoryElement", "JobHistoryType", "JobType", "NameOrID",
               "NameOrIDList", "Parameter", "ParameterList", "PathTranslation", "Pool", "Product", "RegexList",
               "TranslationListType", "TranslationType", "find_value"),
    "errors": ("SmedgeComponentError",),
    "_products": ("conform_job", "find_parameter", "get_product_info", "pythonize_job"),
    "_rtime": ("datetime_to_rtime", "extract_datetime"),
    "_query": ("ids_to_query",),
    "_api": ("add_path_translations", "create_pools", "delete_jobs", "delete_pools", "disable_engines",
             "disable_product", "download_file", "enable_engines", "enable_product", "get_engine_dispatch_log",
             "get_engines", "get_job_dispatch_log", "get_job_history", "get_jobs", "get_master_id",
             "get_path_translations", "get_pools", "pause_jobs", "preempt", "remove_path_translations",
             "rename_pool", "reset_engine_failures", "reset_job_failures", "resume_jobs", "set_engines",
             "submit_jobs", "super_exit", "update_jobs", "usurp"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = sorted(["SMEDGE", *list(_HOME_OF)])


if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is an error there, not Any
    def __getattr__(name):
        if name == "SMEDGE":
            return importlib.import_module(__name__ + "._process").smedge_folder()
        module = _HOME_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(__name__ + "." + module), name)
        globals()[name] = value
        return value


def __dir__() -> list:
    return sorted(set(globals()) | set(__all__))
