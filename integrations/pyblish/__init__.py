"""Pyblish plug-ins that submit a host's render jobs to Smedge as publish steps (see docs/pyblish.md).

Register :data:`PLUGIN_PATH` (the shared validators and the integrator) and the host's own collector
folder (``smedge_maya/pyblish_plugins`` and the like) with ``pyblish.api.register_plugin_path`` or
``PYBLISHPLUGINPATH``. The plug-ins work on instances of family :data:`FAMILY` whose data is plain (see
:mod:`.instances`). Importing this package imports neither pyblish nor a host; :mod:`.plugin` (the
plug-in base classes) imports pyblish when a plug-in file loads it.
"""
import os

__all__ = ["FAMILY", "PLUGIN_PATH"]

#: The family of the instances the collectors make: one instance per Smedge job.
FAMILY = "smedge.render"
#: The folder of the shared plug-ins (validators and the integrator).
PLUGIN_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plugins")
