"""Host-agnostic submission layer: render items -> job graph -> validate -> submit or export.

Modules: ``graph`` (JobGraph; frame ranges are ``smedge_core.frames``), ``validate`` (findings), ``export`` (dry run and
JSON), ``submit`` (one batch), ``preview`` (text tree and Graphviz DOT), ``host`` (what a DCC host provides,
and the dialog or a headless submit for any host), ``studio`` (studio defaults), ``install`` (one-command
install into a host), ``ui`` (the qtpy dialog). Importing this package loads
none of them and has no side effects beyond a NullHandler on the package logger.
"""
import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())
