"""Host-agnostic submission layer: render items -> job graph -> validate -> submit or export.

Modules: ``graph`` (JobGraph; frame ranges are ``smedge_core.frames``), ``validate`` (findings), ``export`` (dry run and
JSON), ``submit`` (one batch), ``preview`` (text tree and Graphviz DOT), ``host`` (what a DCC host provides,
and a headless submit for any host), ``session`` (the dialog's choices without Qt, and ``send``, the one
submit/export path, returning a ``Result``), ``settings`` (the sticky settings record, its stores and
loader), ``studio`` (studio defaults), ``install`` (one-command install into a host), ``ui`` (the qtpy
dialog, ``ui.show(host)``, and the background submit). Importing this package loads
none of them and has no side effects beyond a NullHandler on the package logger.
"""
import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())
