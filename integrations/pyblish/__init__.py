"""Pyblish plug-ins that submit a host's render jobs to Smedge as publish steps (see docs/pyblish.md).

Two plug-in folders make a host's publish: :data:`PLUGIN_PATH` (the shared validators and the
integrator) and the host package's ``pyblish_plugins`` folder (its collector, which declares the Pyblish
``hosts`` it runs in). :func:`register` adds both with ``pyblish.api.register_plugin_path`` and registers
the host's name; ``PYBLISHPLUGINPATH`` works too (:func:`plugin_paths` gives the folders). The plug-ins
work on instances of family :data:`FAMILY` whose data is plain (see :mod:`.instances`). Importing this
package imports neither pyblish nor a host: the plug-ins import pyblish when Pyblish loads them.
"""
from __future__ import annotations

import importlib.util
import os
from typing import List

__all__ = ["FAMILY", "HOST_NAMES", "HOST_PACKAGES", "PLUGIN_PATH", "deregister", "plugin_paths", "register"]

#: The family of the instances the collectors make: one instance per Smedge job.
FAMILY = "smedge.render"
#: The folder of the shared plug-ins (validators and the integrator).
PLUGIN_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plugins")
#: The host packages that have a collector in their ``pyblish_plugins`` folder.
HOST_PACKAGES = ("smedge_maya", "smedge_nuke", "smedge_houdini")
#: The Pyblish host each host package's collector runs in (its ``hosts`` also names the batch ones that
#: pyblish-maya and Houdini pipelines register: ``mayapy``, ``hython``, ``hpython``).
HOST_NAMES = {"smedge_maya": "maya", "smedge_nuke": "nuke", "smedge_houdini": "houdini"}


def plugin_paths(host_package: str) -> List[str]:
    """The shared plug-in folder and ``<host package>/pyblish_plugins``, found without importing the host
    package; ValueError when ``host_package`` is not one of :data:`HOST_PACKAGES` or cannot be found."""
    if host_package not in HOST_PACKAGES:
        raise ValueError("No Smedge collector for {!r}; expected one of: {}".format(
            host_package, ", ".join(HOST_PACKAGES)))
    spec = importlib.util.find_spec(host_package)
    if spec is None or not spec.origin:
        raise ValueError(f"{host_package} is not importable: put the Smedge host folder on the host's path (see "
                         "docs/pyblish.md)")
    return [PLUGIN_PATH, os.path.join(os.path.dirname(spec.origin), "pyblish_plugins")]


def register(host_package: str) -> List[str]:
    """Register the plug-in folders of ``host_package`` and its Pyblish host (:data:`HOST_NAMES`, what
    pyblish-maya's, pyblish-nuke's and pyblish-houdini's ``setup()`` register too); return the folders."""
    import pyblish.api

    paths = plugin_paths(host_package)
    pyblish.api.register_host(HOST_NAMES[host_package])
    for path in paths:
        if os.path.normpath(path) not in pyblish.api.registered_paths():
            pyblish.api.register_plugin_path(path)
    return paths


def deregister(host_package: str) -> None:
    """Remove the plug-in folders of ``host_package`` from Pyblish's registered paths (the host stays
    registered: other plug-ins of the session may run in it)."""
    import pyblish.api

    for path in plugin_paths(host_package):
        if os.path.normpath(path) in pyblish.api.registered_paths():
            pyblish.api.deregister_plugin_path(path)
