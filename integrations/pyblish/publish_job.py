"""The optional farm publish job: a Generic Script job that runs the studio's publish command on the farm
once every render job of the publish has finished.

A studio turns it on by setting ``context.data["smedgePublishJob"]`` (a plug-in of its own, or the
script that calls ``pyblish.util.publish``) to the job's Smedge parameters; ``Command`` is required::

    context.data["smedgePublishJob"] = {
        "Command": ["/studio/bin/publish", "--scene", "/proj/sh010.mb"],   # or one command-line string
        "Pool": "publish", "Priority": 40}

A ``Command`` list is joined into one command line quoted for POSIX shells (Linux and macOS engines);
for Windows engines give the command line as one string, quoted as the engine expects. ``$(...)``
variables in it are Smedge's and are expanded on the engine (``$(WaitForJobID)``: the render jobs' IDs).
"""
from __future__ import annotations

import shlex
from typing import Any, Dict

from smedge_core.values import find_key

__all__ = ["command_line", "publish_job"]

_MANAGED = ("id", "waitforjobid", "waitforwholejob", "type")


def publish_job(settings: Any, scene_name: str) -> Dict[str, Any]:
    """The publish job for ``settings`` (``smedgePublishJob``); ValueError naming the key when it is bad.

    ``Name`` defaults to ``Publish - <scene name>``; ``Type`` is always Generic Script; what it waits on
    is set by the caller (every render job, whole job).
    """
    if not isinstance(settings, dict):
        raise ValueError(f"smedgePublishJob must be a dict of Smedge job parameters with a Command, not {settings!r}")
    managed = [key for key in settings if str(key).lower() in _MANAGED]
    if managed:
        raise ValueError("smedgePublishJob sets {}: the publish job is a Generic Script job that waits on every "
                         "render job of the publish; leave these out".format(", ".join(managed)))
    command = next((value for key, value in settings.items() if str(key).lower() == "command"), None)
    job: Dict[str, Any] = {"Type": "Generic Script"}
    job.update((key, value) for key, value in settings.items() if str(key).lower() != "command")
    if find_key(job, "Name") is None:
        job["Name"] = f"Publish - {scene_name}"
    job["Command"] = command_line(command)
    return job


def command_line(command: Any) -> str:
    """``command`` (a list of arguments, or one command-line string) as the job's Command."""
    if isinstance(command, str) and command.strip():
        return command
    if isinstance(command, (list, tuple)) and command and all(isinstance(a, str) and a for a in command):
        return " ".join(shlex.quote(argument) for argument in command)
    raise ValueError("smedgePublishJob Command must be a non-empty command-line string or list of non-empty "
                     f"str arguments, not {command!r}")
