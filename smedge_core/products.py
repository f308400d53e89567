"""What this process knows of Smedge's product definitions: ``get_product_info`` fetches them once per
process; :func:`is_fetched` says whether that happened, so a caller can avoid starting a tool."""

from ._products import is_fetched

__all__ = ["is_fetched"]
