"""The fake ``maya.utils``: deferred calls run when Maya is idle (``processIdleEvents``)."""
from .cmds import _scene


def executeDeferred(function, *args, **kwargs):
    """Run ``function`` when Maya is next idle; at once in batch mode, where there are no idle events."""
    if _scene.batch:
        function(*args, **kwargs)
        return
    _scene.deferred.append((function, args, kwargs))


def executeInMainThreadWithResult(function, *args, **kwargs):
    """Run ``function`` now (the caller is on the main thread) and return its result."""
    return function(*args, **kwargs)


def processIdleEvents():
    """Run what was deferred (``executeDeferred``, ``cmds.evalDeferred``), in order."""
    while _scene.deferred:
        entry = _scene.deferred.pop(0)
        function, args = entry[0], entry[1]
        kwargs = entry[2] if len(entry) > 2 else {}
        if isinstance(function, str):
            exec(function, {"__name__": "__main__"})
        else:
            function(*args, **kwargs)
