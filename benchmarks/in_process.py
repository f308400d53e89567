"""For benchmarks that start no Smedge tool: a program folder whose tools need only exist, and a runner in
their place (the core's one process seam), restored afterwards."""
import contextlib
import os
import tempfile
from pathlib import Path

import smedge_core
from smedge_core import _process

TOOLS = ("Submit", "Job", "Engine", "PoolManager", "ConfigureMaster")


@contextlib.contextmanager
def in_process(runner):
    """SMEDGE names a temporary folder of empty tools and ``runner`` answers every tool call, until exit."""
    before, previous = os.environ.get("SMEDGE"), _process.runner
    with tempfile.TemporaryDirectory() as folder:
        for tool in TOOLS:
            Path(folder, tool).write_text("")
        os.environ["SMEDGE"] = folder
        _process.runner = runner
        smedge_core.get_product_info.cache_clear()
        try:
            yield folder
        finally:
            _process.runner = previous
            if before is None:
                os.environ.pop("SMEDGE", None)
            else:
                os.environ["SMEDGE"] = before
            smedge_core.get_product_info.cache_clear()
