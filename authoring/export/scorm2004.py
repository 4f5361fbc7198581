"""SCORM 2004 4th edition packages: the 2004 adapter, manifest with sequencing, schemas."""

from __future__ import annotations

from authoring.export.builder import PackageBuilder, PackageTree
from authoring.export.scorm12 import XSD_DIR, add_manifest


class Scorm2004Builder(PackageBuilder):
    name = "scorm2004"
    label = "SCORM 2004 4th edition"
    adapter = "scorm2004"

    def add_root_files(self, tree: PackageTree) -> None:
        from authoring.export.manifest_scorm2004 import SCHEMA_FILES_2004, scorm2004_manifest

        manifest = scorm2004_manifest(self.course, self.units, tree.names())
        add_manifest(tree, manifest, XSD_DIR / "scorm2004_4th", SCHEMA_FILES_2004)
