"""A fake Maya for the Smedge glue's tests: ``maya.cmds``, ``maya.mel``, ``maya.utils`` and
``maya.standalone`` over one stateful session that opens real Maya ASCII files.

Put ``tests/fakes/hosts`` first on ``sys.path`` and ``import maya.cmds`` gives this fake. The session
starts interactive (a UI exists); ``maya.standalone.initialize()`` turns it into a batch session, as in
``mayapy``.
"""
