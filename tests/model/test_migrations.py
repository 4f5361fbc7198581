"""Schema migrations: the ORM and the migrations agree, and an old library is upgraded
after a backup is written beside it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from authoring.model import objects
from authoring.model.library import APPLICATION_ID, Library, _alembic_config, known_revisions
from authoring.model.schema import Base


def test_migrations_build_exactly_the_models(library: Library) -> None:
    with library.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        # the full-text tables belong to search.ensure_index, not to the schema
        drift = [d for d in compare_metadata(context, Base.metadata) if "'search_" not in str(d)]
    assert drift == []


def _library_at_first_revision(path: Path) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO locales (code, is_source, position) VALUES ('en', 1, 0)")
    engine.dispose()


def test_an_old_library_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "Old.cslib"
    _library_at_first_revision(path)
    before = path.read_bytes()

    with Library.open(path) as library, library.transaction() as session:
        course = objects.create(session, "course", "Works after the upgrade")
        assert course.id

    [backup] = tmp_path.glob("Old.before-upgrade-from-0001.*.cslib")
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert backup.stat().st_size >= len(before) // 2
    with sqlite3.connect(path) as new:
        _, head = known_revisions()
        assert new.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)


def test_a_current_library_is_not_backed_up_on_open(library: Library) -> None:
    library.close()
    Library.open(library.path).close()
    assert list(library.path.parent.glob("*.before-upgrade-*")) == []


def test_revisions_read_from_file_names_match_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    known, head = known_revisions()
    assert known == {rev.revision for rev in script.walk_revisions()}
    assert head == script.get_current_head()
