"""The bundled sample library: a complete course to explore, learn from and export.

The course ("Workplace Fire Safety") is plain data in `resources/sample/fire_safety.py`,
English and French side by side, with pictures drawn by `resources/sample/make_images.py`.
`write_sample` turns it into a library file: objects, shared blocks, tags, a complete
French translation, versions and review states, all in one transaction.
"""

from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy.orm import Session

from authoring import resources
from authoring.model import assets, errors, leftovers, locales, objects, versions, workflow
from authoring.model.content import clean as clean_content
from authoring.model.library import Library, check_library_file

SAMPLE_DIR = resources.path("sample")
CONTENT_FILE = "fire_safety.py"
IMAGES_DIR = "images"


def write_sample(path: Path, *, force: bool = False) -> Path:
    """Write the bundled sample library to `path` and return its absolute path.

    An existing file is refused unless `force`; even then only a Coursesmith library is
    replaced, never any other file. The library is built beside the target and renamed
    over it at the end, so a failure leaves no half-made library and the old file intact.
    """
    target = Path(path).expanduser().absolute()
    if target.exists() or target.is_symlink():
        if not force:
            raise errors.LibraryExistsError(
                f"{target} already exists; choose another name, or replace it "
                "(only a Coursesmith library can be replaced)"
            )
        try:
            check_library_file(target)
        except (errors.NotALibraryError, errors.DamagedLibraryError) as error:
            raise errors.CoursesmithError(
                f"refusing to overwrite {target}: it is not a Coursesmith library "
                f"({error}); choose another name for the sample library"
            ) from None
        # a locked, read-only or newer library keeps its own message: it says what to do
    if not target.parent.is_dir():
        raise errors.CoursesmithError(f"the folder {target.parent} does not exist")

    content = load_content()
    _remove_abandoned(target)
    temporary = target.with_name(f".{target.name}.sample-{os.getpid()}")
    _remove(temporary)
    try:
        library = Library.create(temporary, content.SOURCE_LOCALE, title=content.LIBRARY_TITLE)
        try:
            with library.transaction() as session:
                build(session, content)
            library.checkpoint("TRUNCATE")  # everything into the main file
        finally:
            library.close()
        for sidecar in _sidecars(target):  # they belong to the file being replaced
            sidecar.unlink(missing_ok=True)
        os.replace(temporary, target)
    finally:
        _remove(temporary)
    return target


def load_content(sample_dir: Path | None = None) -> ModuleType:
    """The course data module (resources/ is not a package, so it is loaded by path)."""
    location = (sample_dir or SAMPLE_DIR) / CONTENT_FILE
    if not location.is_file():
        raise errors.CoursesmithError(
            f"the sample course is missing ({location}); reinstall Coursesmith"
        )
    spec = importlib.util.spec_from_file_location("coursesmith_sample_content", location)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _remove_abandoned(target: Path) -> None:
    """What a killed `sample` left beside the target: its library (`.NAME.sample-PID`,
    with -wal and -shm) and the one that library was being created as (`..NAME.sample-PID.creating`)."""
    pattern = re.compile(rf"^\.{{1,2}}{re.escape(target.name)}\.sample-(?P<pid>\d+)")
    leftovers.remove_abandoned(target.parent, pattern)


def _remove(path: Path) -> None:
    for leftover in (path, *_sidecars(path)):
        leftover.unlink(missing_ok=True)


# ------------------------------------------------------------------ building


class _Builder:
    def __init__(self, session: Session, content: ModuleType) -> None:
        self.session = session
        self.content = content
        self.source = content.SOURCE_LOCALE
        self.targets = tuple(content.TARGET_LOCALES)
        self.locales = (self.source, *self.targets)
        self.created: list[str] = []  # every object, in creation order
        self.images: dict[str, str] = {}  # image key -> asset id
        self.shared: dict[str, str] = {}  # shared block key -> block id
        self.keyed: dict[str, str] = {}  # block "key" -> block id

    # -- localized values: {"en": ..., "fr": ...} anywhere in a structure

    def pick(self, value: Any, locale: str) -> Any:
        if isinstance(value, dict):
            if value and set(value) == set(self.locales):
                return value[locale]
            return {key: self.pick(item, locale) for key, item in value.items()}
        if isinstance(value, list):
            return [self.pick(item, locale) for item in value]
        return value

    def translate(self, object_id: str, title: Any, data: Any) -> None:
        """Give every translatable field of an object its text in each target locale."""
        obj = objects.get(self.session, object_id)
        fields = locales.source_texts(obj)
        for locale in self.targets:
            localized = clean_content(obj.kind, self.pick(data, locale)).translatable(
                self.pick(title, locale) or "")
            for field in fields:
                text = localized.get(field)
                if not text or (field != "answers" and text == fields[field] and len(text) > 12):
                    raise errors.InvalidContentError(
                        f"the sample {obj.kind} '{obj.title}' has no {locale} text for '{field}'"
                    )
                locales.set_translation(self.session, object_id, field, locale, text)

    def create(self, kind: str, title: Any, data: Any, *, tags=(), children=()) -> str:
        obj = objects.create(
            self.session, kind, self.pick(title, self.source) or "",
            self.pick(data, self.source), author=self.content.AUTHOR,
            children=children, tags=tags,
        )
        self.created.append(obj.id)
        self.translate(obj.id, title, data)
        return obj.id

    # -- the parts of the course

    def image(self, key: str, spec: dict[str, Any]) -> str:
        path = SAMPLE_DIR / IMAGES_DIR / spec["file"]
        result = assets.import_file(
            self.session, path, author=self.content.AUTHOR, title=spec["title"],
            tags=tuple(spec.get("tags", ())),
        )
        data = {"alt": spec["alt"], "credit": self.content.CREDIT,
                "licence": self.content.LICENCE}
        objects.update(self.session, result.object_id, data=self.pick(data, self.source))
        if result.status == "imported":
            self.created.append(result.object_id)
            self.translate(result.object_id, None, data)
        self.images[key] = result.object_id
        return result.object_id

    def block(self, spec: dict[str, Any]) -> str:
        if "shared" in spec:
            return self.shared[spec["shared"]]
        data = dict(spec.get("data", {}))
        if spec["kind"] == "media":
            image = spec["image"]
            data["asset"] = self.images[image]
            data.setdefault("alt", self.content.IMAGES[image]["alt"])
        block_id = self.create(spec["kind"], spec.get("title", ""), data,
                               tags=spec.get("tags", ()))
        if "key" in spec:
            self.keyed[spec["key"]] = block_id
        return block_id

    def course(self, spec: dict[str, Any]) -> str:
        lesson_ids = []
        for lesson in spec["lessons"]:
            page_ids = [
                self.create("page", page["title"], {}, tags=page.get("tags", ()),
                            children=[self.block(block) for block in page["blocks"]])
                for page in lesson["pages"]
            ]
            lesson_ids.append(self.create("lesson", lesson["title"], lesson.get("data", {}),
                                          tags=lesson.get("tags", ()), children=page_ids))
        return self.create("course", spec["title"], spec["data"], tags=spec.get("tags", ()),
                           children=lesson_ids)

    def history(self) -> None:
        """A first version of everything, approved; then one block revised and back in review."""
        content = self.content
        for object_id in self.created:
            versions.record(self.session, object_id, author=content.AUTHOR,
                            summary=content.FIRST_VERSION_SUMMARY)
        for object_id in self.created:  # sent by its author, approved by someone else
            workflow.set_state(self.session, object_id, "in_review", author=content.AUTHOR)
            workflow.set_state(self.session, object_id, "approved", author=content.REVIEWER)
        revision = content.REVISION
        block_id = self.keyed[revision["key"]]
        objects.update(self.session, block_id, data=self.pick(revision["data"], self.source))
        self.translate(block_id, None, revision["data"])
        versions.record(self.session, block_id, author=content.AUTHOR, summary=revision["summary"])
        workflow.set_state(self.session, block_id, revision["state"], author=content.AUTHOR,
                           note=revision.get("note", ""))


def build(session: Session, content: ModuleType | None = None) -> str:
    """Add the sample course to an open library (in the caller's transaction); its id."""
    content = content or load_content()
    builder = _Builder(session, content)
    for locale in builder.targets:
        locales.add_locale(session, locale)
    for key, spec in content.IMAGES.items():
        builder.image(key, spec)
    for key, spec in content.SHARED.items():
        builder.shared[key] = builder.block(spec)
    course_id = builder.course(content.COURSE)
    builder.history()
    return course_id
