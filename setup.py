"""Packaging beyond what pyproject.toml can say: the host folders ship inside the distribution.

``maya/``, ``nuke/`` and ``houdini/`` stay where a TD points a host at them in a clone; in a wheel they
become the data packages ``smedge_submit_hosts.<host>`` (every file kept), so that
``python -m integrations.install <host>`` works the same from ``pip install .`` as from a clone.
"""
import os

from setuptools import find_packages, setup

HOSTS = ("maya", "nuke", "houdini", "blender")

packages = find_packages(include=["smedge_core", "smedge_core.*", "integrations", "integrations.*"])
package_dir = {}
package_data = {"smedge_core": ["py.typed"], "integrations": ["py.typed"]}
for host in HOSTS:
    for folder, folders, _files in os.walk(host):
        folders[:] = sorted(f for f in folders if f != "__pycache__" and not f.startswith("."))
        name = "smedge_submit_hosts." + folder.replace(os.sep, ".")
        packages.append(name)
        package_dir[name] = folder
        package_data[name] = ["*", ".*"]

setup(packages=packages, package_dir=package_dir, package_data=package_data)
