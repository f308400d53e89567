"""Frame ranges as the local master reads them: ``A-B``, ``A``, ``A-BxN``, lists joined by commas or spaces."""

import re

_PART = re.compile(r"^(-?\d+)(?:-(-?\d+)(?:x(\d+))?)?$")


def parse(text):
    """The frames of a range text, in order and without repeats; ValueError names the bad part."""
    frames, seen = [], set()
    parts = [p for p in re.split(r"[,\s]+", str(text).strip()) if p]
    if not parts:
        raise ValueError("Range: {!r} holds no frames".format(text))
    for part in parts:
        match = _PART.match(part)
        if not match:
            raise ValueError("Range: {!r} in {!r} is not A, A-B or A-BxN".format(part, text))
        start = int(match.group(1))
        end = int(match.group(2)) if match.group(2) is not None else start
        step = int(match.group(3) or 1)
        if end < start or step < 1:
            raise ValueError("Range: {!r} in {!r} must count up by a step of 1 or more".format(part, text))
        for frame in range(start, end + 1, step):
            if frame not in seen:
                seen.add(frame)
                frames.append(frame)
    return frames


def packets(frames, size):
    """Split ``frames`` into work units of ``size`` frames in a row."""
    size = max(1, int(size))
    return [frames[i:i + size] for i in range(0, len(frames), size)]


def format_frames(frames):
    """Compact text of a frame list (the inverse of :func:`parse` for sorted lists): ``1-5,7,9-13x2``."""
    parts, i = [], 0
    while i < len(frames):
        j = i + 1
        step = frames[j] - frames[i] if j < len(frames) else 1
        while step > 0 and j < len(frames) and frames[j] - frames[j - 1] == step:
            j += 1
        if j - i >= 3 or (j - i == 2 and step == 1):
            parts.append("{}-{}".format(frames[i], frames[j - 1]) + ("x{}".format(step) if step != 1 else ""))
            i = j
        else:
            parts.append(str(frames[i]))
            i += 1
    return ",".join(parts)
