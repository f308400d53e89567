"""The shared Smedge plug-ins: register this folder (``integrations.pyblish.PLUGIN_PATH``) with Pyblish.

Pyblish loads each file here by path (files starting with ``_`` are skipped); they are a package only
so that they install with ``integrations``.
"""
