"""``BlenderHost``: the open .blend as the shared layer's :class:`integrations.host.Host`."""
from __future__ import annotations

from typing import Dict, List, Optional
from uuid import UUID

from integrations.graph import JobGraph
from integrations.host import Check, Host, Option
from integrations.studio import StudioDefaults
from integrations.validate import WARNING, Finding

from . import checks, collect, jobs
from .records import BlendRecord
from .settings import TEXT, BlendSettings

__all__ = ["BlenderHost"]


class BlenderHost(Host):
    """The open file: ``build_graph`` collects it and keeps the records, which the checks read."""

    name = "blender"
    product = jobs.BLENDER_PRODUCT

    def __init__(self, studio: Optional[StudioDefaults] = None) -> None:
        super().__init__(studio)
        self.records: Optional[BlendRecord] = None
        self.sources: Dict[UUID, jobs.JobSource] = {}
        self.store = BlendSettings()

    def scene_path(self) -> str:
        import bpy

        return bpy.data.filepath

    def is_modified(self) -> bool:
        import bpy

        return bool(bpy.data.is_dirty)

    def save(self) -> str:
        return collect.save()

    def settings_store(self) -> BlendSettings:
        return self.store

    def options(self) -> List[Option]:
        return [Option("all_scenes", "All scenes", False, jobs.OPTIONS["all_scenes"]),
                Option("view_layers", "One job per view layer", False, jobs.OPTIONS["view_layers"]),
                Option("encode", "FFmpeg encode", False, jobs.OPTIONS["encode"])]

    def build_graph(self, options: Dict[str, object]) -> JobGraph:
        self.records = collect.collect_blend()
        graph, self.sources = jobs.build_with_sources(self.records, options, self.studio)
        return graph

    def checks(self) -> List[Check]:
        def blender_checks(graph: JobGraph) -> List[Finding]:
            found: List[Finding] = []
            if self.store.damaged:
                found.append(Finding(WARNING, "Stored settings", None, TEXT, self.store.damaged))
            if self.records is not None:
                found.extend(checks.findings(graph, self.records, self.sources))
            return found

        return [blender_checks]
