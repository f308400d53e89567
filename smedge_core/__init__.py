"""smedge_core: the Smedge Python API, over Smedge's command-line tools.

``import smedge_core as smedge`` gives exactly the names of Smedge's Python API reference; this is the
surface that changes least. The names load on first use, so importing the package costs almost nothing
inside a DCC. ``SMEDGE`` is read when asked for, from the environment. Submodules: ``errors`` (the
error classes), ``jobfile`` (job files for dry runs), ``sandbox`` (a local Smedge-compatible master).
"""

import importlib

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

__all__ = sorted(["SMEDGE"] + list(_HOME_OF))


def __getattr__(name):
    if name == "SMEDGE":
        return importlib.import_module(__name__ + "._process").smedge_folder()
    module = _HOME_OF.get(name)
    if module is None:
        raise AttributeError("module {!r} has no attribute {!r}".format(__name__, name))
    value = getattr(importlib.import_module(__name__ + "." + module), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
