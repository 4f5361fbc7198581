"""SCORM 1.2 packages: the player with the 1.2 adapter, `imsmanifest.xml` and its schemas."""

from __future__ import annotations

from pathlib import Path

from authoring import resources
from authoring.export.builder import PackageBuilder, PackageTree

XSD_DIR = resources.path("xsd")


def add_manifest(tree: PackageTree, manifest: bytes, schema_dir: Path, schema_files: list[str]) -> None:
    """The manifest lists every file but itself and the schemas shipped beside it."""
    tree.add("imsmanifest.xml", manifest)
    for name in schema_files:
        tree.add(name, schema_dir / name)


class Scorm12Builder(PackageBuilder):
    name = "scorm12"
    label = "SCORM 1.2"
    adapter = "scorm12"

    def add_root_files(self, tree: PackageTree) -> None:
        from authoring.export.manifest_scorm12 import SCHEMA_FILES_12, scorm12_manifest

        manifest = scorm12_manifest(self.course, self.units, tree.names())
        add_manifest(tree, manifest, XSD_DIR / "scorm12", SCHEMA_FILES_12)
