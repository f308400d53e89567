"""``BlenderHost``: the open .blend as the shared layer's :class:`integrations.host.Host`."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from integrations.graph import JobGraph
from integrations.host import Check, Host, Option
from integrations.inputs import input_check
from integrations.products import product_check
from integrations.settings import SettingsStore, TextSettings
from integrations.studio import StudioDefaults
from integrations.validate import Finding

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
        self.review = False  # whether the last build asked for review movies

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
                Option("review", "Review movie", False,
                       "An FFmpeg review movie of each render job's image sequence, waiting for the whole render "
                       "(frame rate, codec and file from the studio defaults' review section)")]

    def build_graph(self, options: Dict[str, Any]) -> JobGraph:
        self.records, self.review = collect.collect_blend(), bool(options["review"])
        return jobs.build(self.records, options, self.studio)

    def checks(self) -> List[Check]:
        """Blender's findings over the kept records, the file's inputs (missing: error; outside the studio's
        ``shared_roots``: warning) and the products the master lacks. Host checks ask the master nothing
        (``integrations.host.prepare`` runs them on Blender's main thread): its path translations are not
        consulted, and the products are checked once the product info was fetched (by an earlier validation
        in this process)."""
        def blender_checks(graph: JobGraph) -> List[Finding]:
            return checks.findings(graph, self.records, self.review) if self.records is not None else []

        return [blender_checks, input_check(self.inputs, self.studio.shared_roots, translations=()),
                product_check(self.name, self.studio)]

    def inputs(self) -> List[Any]:
        """The collected file's inputs as the shared input check takes them: ``(datablock, path)`` or
        ``(datablock, path, frames)``."""
        return [] if self.records is None else checks.inputs(self.records)
