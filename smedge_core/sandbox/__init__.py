"""A local Smedge-compatible master: the same CLI contract as Smedge, served from SQLite on loopback.

``python -m smedge_core.sandbox serve|env|backup|demo``. The API never imports this package; tests and the
demo start it as a separate process and reach it only through the tools in ``<data>/bin``.
"""
