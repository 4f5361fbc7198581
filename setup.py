"""Packages for setuptools: `authoring` and `resources/` shipped as `coursesmith_resources`.

Everything else about the project is in pyproject.toml; this file exists only because a
folder installed under another name (package_dir) cannot be said there next to a package
search.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["authoring", "authoring.*"]), "coursesmith_resources"],
    package_dir={"coursesmith_resources": "resources"},
)
