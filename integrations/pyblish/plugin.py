"""Base classes of the Smedge Pyblish plug-ins (this module imports pyblish).

Plug-in files subclass these through the module (``from integrations.pyblish import plugin as _plugin``)
and never import a base class by name: Pyblish's discovery takes every plug-in class a plug-in file's
namespace holds, so a base imported by name would run as a plug-in of its own.

``process()`` signatures carry type comments, not annotations: pyblish-qml reads them with
``inspect.getargspec``, which refuses annotated functions. Log messages are formatted before they are
logged: Pyblish UIs show a record's message, and pyblish-qml sends its arguments as JSON.
"""
from __future__ import annotations

from typing import Any, Dict

import pyblish.api

from . import FAMILY, rules
from .instances import OPTIONS, collect_host, render_instances, submit
from ..host import Host

__all__ = ["MASTER_PROBLEM", "HostCollector", "InstanceValidator", "Integrator", "MasterValidator", "RepairAction",
           "Validator"]

#: Context key set when the master does not answer: the validators that need it then say so at once.
MASTER_PROBLEM = "smedgeMasterProblem"


class HostCollector(pyblish.api.ContextPlugin):
    """Collect the host's Smedge jobs as ``smedge.render`` instances. Subclasses implement :meth:`host`.

    ``options`` are the host's build options (``split=True``, say), updated by the context's
    ``smedgeOptions`` when a studio plug-in or script sets it before collection.
    """

    order = pyblish.api.CollectorOrder
    label = "Smedge render jobs"
    options: Dict[str, Any] = {}

    def host(self, context: Any) -> Host:
        """A new Host for the current scene (import the host package here, not at module level)."""
        raise NotImplementedError

    def process(self, context):  # type: (Any) -> None
        host = self.host(context)
        options = dict(self.options, **(context.data.get(OPTIONS) or {}))
        made = collect_host(context, host, **options)
        self.log.info("{} Smedge jobs from {}".format(len(made), host.scene_path() or "an unsaved scene"))


class RepairAction(pyblish.api.Action):
    """Apply the fixes the failed validator's findings carry (save the scene, raise a priority, ...) and
    store the job values it changed with the scene, so they hold after Reset."""

    label = "Repair"
    on = "failed"
    icon = "wrench"

    def process(self, context, plugin):  # type: (Any, Any) -> None
        repaired, stored = rules.repair(context, plugin.rule)
        for finding in repaired:
            self.log.info(f"Repaired {finding.job_name}: {finding.fix_description or finding.message}")
        if stored:
            self.log.info("Stored with the scene, for the next collection: the new values of {}".format(
                ", ".join(stored)))


class Validator(pyblish.api.ContextPlugin):
    """Fail with the findings of :attr:`rule` (see :mod:`.rules`) when any is an error, one record per
    finding. Runs only when the context has ``smedge.render`` instances to publish."""

    order = pyblish.api.ValidatorOrder
    families = [FAMILY]
    #: The rule of :mod:`.rules` this validator shows.
    rule = ""

    def process(self, context):  # type: (Any) -> None
        if render_instances(context):
            rules.raise_errors(rules.findings(context, self.rule), self.log)


class InstanceValidator(pyblish.api.InstancePlugin):
    """Fail an instance with the findings of :attr:`rule` on its job (the UIs mark that job's card), one
    record per finding; the first instance also shows those on no instance's job."""

    order = pyblish.api.ValidatorOrder
    families = [FAMILY]
    #: The rule of :mod:`.rules` this validator shows.
    rule = ""
    #: Whether the rule asks the master (pools, product definitions).
    needs_master = False

    def process(self, instance):  # type: (Any) -> None
        context = instance.context
        if self.needs_master and context.data.get(MASTER_PROBLEM):
            raise RuntimeError("Not checked: " + context.data[MASTER_PROBLEM])
        rules.raise_errors(rules.instance_findings(context, instance, self.rule), self.log)


class MasterValidator(pyblish.api.ContextPlugin):
    """Fail when the Smedge master does not answer (before the validators that ask it)."""

    order = pyblish.api.ValidatorOrder - 0.1
    families = [FAMILY]

    def process(self, context):  # type: (Any) -> None
        if not render_instances(context):
            return
        context.data.pop(MASTER_PROBLEM, None)  # validated again (a UI's second run): ask again
        problem = rules.master_problem()
        if problem:
            context.data[MASTER_PROBLEM] = problem
            raise RuntimeError(problem)


class Integrator(pyblish.api.ContextPlugin):
    """Submit every publishing ``smedge.render`` instance (and the farm publish job) in one Submit call."""

    order = pyblish.api.IntegratorOrder
    families = [FAMILY]

    def process(self, context):  # type: (Any) -> None
        submitted = submit(context)
        for name, job_id in submitted.items():
            self.log.info(f"Submitted {name}: job {job_id}")
