"""Product definitions for callers outside ``smedge_core``: :func:`is_fetched` says whether
``get_product_info`` already fetched them in this process (so a caller can avoid starting a tool);
:func:`find_parameter` finds a product's parameter by name regardless of case; :func:`to_text` turns a Python
value into the job-file text of a parameter (``ValueError`` names the parameter and value)."""

from ._products import find_parameter, is_fetched, to_text

__all__ = ["find_parameter", "is_fetched", "to_text"]
