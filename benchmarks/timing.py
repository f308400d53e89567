"""Best-of-N timing for the benchmarks: on a busy machine the fastest run is the least disturbed one."""
import time
from typing import Any, Callable, Optional, Tuple


def best(work: Callable[[], Any], repeat: int, before: Optional[Callable[[], Any]] = None) -> Tuple[float, Any]:
    """``(seconds, result)``: the fastest of ``repeat`` runs of ``work()`` and the last run's result;
    ``before()``, when given, runs untimed before each run."""
    times, result = [], None
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result
