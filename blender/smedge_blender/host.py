"""``BlenderHost``: the open .blend as the shared layer's :class:`integrations.host.Host`."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from integrations.graph import JobGraph
from integrations.host import Check, Host, Option
from integrations.products import product_findings
from integrations.settings import SettingsStore, TextSettings
from integrations.studio import StudioDefaults
from integrations.validate import Finding
from smedge_core.products import is_fetched

from . import checks, collect, jobs
from .records import BlendRecord

__all__ = ["BlenderHost", "TextBlockSettings"]


class TextBlockSettings(TextSettings):
    """The sticky submit settings as JSON in the text data-block ``smedge_submit_settings.json``, so they
    travel with the .blend (and show in the Text Editor)."""

    where = "the text " + collect.SETTINGS_TEXT

    def read(self) -> str:
        return collect.settings_text()

    def write(self, text: str) -> None:
        collect.store_settings_text(text)


class BlenderHost(Host):
    """The open file: ``build_graph`` collects it and keeps the records, which the checks read without
    touching the file again."""

    name = "blender"
    product = jobs.BLENDER_PRODUCT

    def __init__(self, studio: Optional[StudioDefaults] = None) -> None:
        super().__init__(studio)
        self.records: Optional[BlendRecord] = None

    def scene_path(self) -> str:
        return collect.scene_path()

    def is_modified(self) -> bool:
        return collect.is_modified()

    def save(self) -> str:
        return collect.save()

    def settings_store(self) -> SettingsStore:
        return TextBlockSettings()

    def options(self) -> List[Option]:
        return [Option("all_scenes", "All scenes", False, "A job per scene of the file, not only the active one"),
                Option("view_layers", "One job per view layer", False,
                       "A job per view layer that renders, not one per scene"),
                Option("encode", "FFmpeg encode", False,
                       "An FFmpeg encode per rendered image sequence, waiting for its whole render")]

    def build_graph(self, options: Dict[str, Any]) -> JobGraph:
        self.records = collect.collect_blend()
        return jobs.build(self.records, options, self.studio)

    def checks(self) -> List[Check]:
        """Blender's checks over the kept records, and the products the master lacks. Host checks ask the
        master nothing (``integrations.host.prepare`` runs them on Blender's main thread): the products are
        checked once the product info was fetched (by an earlier validation in this process)."""
        def blender_checks(graph: JobGraph) -> List[Finding]:
            return checks.findings(graph, self.records) if self.records is not None else []

        def products(graph: JobGraph) -> List[Finding]:
            return product_findings(graph, self.name, self.studio) if is_fetched() else []

        return [blender_checks, products]
