"""Which Smedge product renders what: renderer -> product per host, found on the master; the farm controls.

:data:`RENDERER_PRODUCTS` names, per host, the product of each renderer by the Smedge Administrator
Manual's product names (its product reference lists "Arnold for Maya", "Redshift for Maya", "V-Ray for
Maya", "RenderMan for Maya", "Maya Software Renderer", "Maya Hardware Renderer", "Houdini", "HRender",
"Nuke", "Blender"); a renderer it does not name takes the host's product (:data:`HOST_PRODUCTS`). A studio's
``renderers`` (studio defaults) win over both. Renderer keys are what each host reports, lower case: Maya's
``defaultRenderGlobals.currentRenderer``, Houdini's ROP type names (any ROP renders through the Houdini
product; ``hrender`` picks the HRender product), Blender's ``scene.render.engine``.

A host asks :func:`product_for` for a job's Type, then :func:`product_findings` whether the master has
every product its jobs name (by name, alias or ID, regardless of case); a missing one is a finding naming
where the name came from: the studio file and key, or this table.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, List, Optional

from smedge_core import Parameter, Product, get_product_info
from smedge_core.products import is_fetched

from .graph import JobGraph
from .validate import ERROR, Finding

__all__ = ["FARM_CONTROLS", "HOST_PRODUCTS", "RENDERER_PRODUCTS", "farm_controls", "find_product",
           "product_check", "product_findings", "product_for"]

#: The product a host's jobs take when their renderer names none.
HOST_PRODUCTS = {"maya": "Maya", "houdini": "Houdini", "nuke": "Nuke", "blender": "Blender"}

#: Renderer (as the host reports it, lower case) -> Smedge product, per host.
RENDERER_PRODUCTS = {
    "maya": {
        "arnold": "Arnold for Maya",
        "redshift": "Redshift for Maya",
        "vray": "V-Ray for Maya",
        "renderman": "RenderMan for Maya",
        "mayasoftware": "Maya Software Renderer",
        "mayahardware2": "Maya Hardware Renderer",
        "mayahardware": "Maya Hardware Renderer",
    },
    "houdini": {
        "ifd": "Houdini",  # Mantra
        "karma": "Houdini",
        "usdrender": "Houdini",  # Karma through a USD Render ROP
        "redshift_rop": "Houdini",
        "arnold": "Houdini",
        "hrender": "HRender",  # the hrender command line form
    },
    "nuke": {"write": "Nuke"},
    "blender": {"cycles": "Blender", "blender_eevee": "Blender", "blender_eevee_next": "Blender",
                "blender_workbench": "Blender"},
}

#: The farm controls a submitter offers beyond the basics: studio-defaults key -> Smedge job parameter.
#: Each is checked by ``conform_job`` against the job's product; a product that lacks one does not offer it.
FARM_CONTROLS = {
    "cpus": "CPUs",
    "gpus": "GPUs",
    "ram": "RAM",
    "distribute_mode": "DistributeMode",
    "stagger_start": "StaggerStart",
    "stagger_count": "StaggerCount",
    "stagger_mode": "StaggerMode",
    "usage_limit": "UsageLimit",
    "detect_errors": "DetectErrors",
    "error_starts": "ErrorStarts",
    "note": "Note",
    "finish_disposition": "FinishDisposition",
}


def _host_table(host: str) -> Dict[str, str]:
    if host not in HOST_PRODUCTS:
        raise ValueError("host {!r} is not one of {}".format(host, ", ".join(sorted(HOST_PRODUCTS))))
    return RENDERER_PRODUCTS[host]


def product_for(host: str, renderer: Optional[str], studio: Any = None) -> str:
    """The Smedge product for ``renderer`` in ``host``: the studio's ``renderers`` (a
    :class:`~.studio.StudioDefaults` for that host), else :data:`RENDERER_PRODUCTS`, else the host's
    product. ValueError names an unknown host."""
    key = (renderer or "").lower()
    default = _host_table(host).get(key, HOST_PRODUCTS[host])
    return studio.product_for(key, default) if studio is not None else default


def find_product(name: Any, products: Optional[Iterable[Product]] = None) -> Optional[Product]:
    """The product named ``name`` (its name, an alias or its ID, regardless of case) among ``products``
    (default: the master's, fetched once per process), else None."""
    key = str(name).strip().lower()
    for product in get_product_info() if products is None else products:
        if key in [product.name.lower(), str(product.type)] + [alias.lower() for alias in product.aliases]:
            return product
    return None


def _origin(host: str, product: str, studio: Any) -> str:
    """Where a product name came from: the studio file and key that set it, else this table."""
    if studio is not None:
        for renderer, name in studio.renderers().items():
            if name.lower() == product.lower():
                return "{} in {}".format(f"hosts.{host}.renderers.{renderer}",
                                         " or ".join(studio.files) or "the studio defaults")
    for renderer, name in _host_table(host).items():
        if name.lower() == product.lower():
            return f"integrations.products.RENDERER_PRODUCTS[{host!r}][{renderer!r}]"
    return "the job"


def product_findings(graph: JobGraph, host: str, studio: Any = None,
                     products: Optional[Iterable[Product]] = None) -> List[Finding]:
    """An error finding for each job whose Type the master does not have, naming where the name came from
    and the products the master has. ``products`` defaults to the master's."""
    known = list(get_product_info() if products is None else products)
    findings = []
    for job_id in graph:
        product = graph.value(job_id, "Type")
        if product in (None, "") or find_product(product, known) is not None:
            continue
        findings.append(Finding(
            ERROR, graph.value(job_id, "Name") or str(job_id), job_id, "Type",
            "product {!r} (from {}) is not on this Smedge master; it has: {}. Name one of those in the studio "
            "defaults (hosts.{}.renderers) or add the product to the master".format(
                product, _origin(host, str(product), studio), ", ".join(sorted(p.name for p in known)), host),
            rule="products"))
    return findings


def product_check(host: str, studio: Any = None) -> Callable[[JobGraph], List[Finding]]:
    """:func:`product_findings` as a host check, which asks the master nothing (host checks run on the host's
    main thread): it checks once this process has the product info (fetched by a validation, once per
    process); before that the shared validation's ``conform_job`` still refuses an unknown product."""
    def check(graph: JobGraph) -> List[Finding]:
        return product_findings(graph, host, studio) if is_fetched() else []
    return check


def farm_controls(product: Any, products: Optional[Iterable[Product]] = None) -> List[Parameter]:
    """The product's parameters among :data:`FARM_CONTROLS`, in that order (what a dialog offers for it);
    ValueError names a product the master does not have."""
    found = find_product(product, products)
    if found is None:
        raise ValueError(f"product {product!r} is not on this Smedge master")
    by_name = {parameter.name.lower(): parameter for parameter in found.parameters}
    return [by_name[name.lower()] for name in FARM_CONTROLS.values() if name.lower() in by_name]
