"""`coursesmith`: the headless command line, over the same model services as the app.

Other tools script these commands (see CONTRACTS.md): output formats and exit codes are
a contract. Errors a user can cause print one line, `coursesmith: error: ...`, and exit 1;
usage errors exit 2; no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

from authoring import __version__
from authoring.model.errors import CoursesmithError
from authoring.model.sizes import human_size

PROG = "coursesmith"


class _Parser(argparse.ArgumentParser):
    """Every usage error reads `coursesmith: error: ...`, subcommands included."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{PROG}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    from authoring.model.schema import STATES

    parser = _Parser(
        prog=PROG,
        description="Coursesmith: author reusable, translatable e-learning and publish it "
        "as SCORM, xAPI and cmi5 packages.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    init = commands.add_parser("init", help="create an empty library")
    init.add_argument("library", metavar="LIB", help="path of the new library (e.g. Safety.cslib)")
    init.add_argument("--locale", default="en", help="source locale (default: en)")
    init.set_defaults(run=_cmd_init)

    sample = commands.add_parser("sample", help="write the bundled sample library")
    sample.add_argument("library", metavar="LIB")
    sample.add_argument("--force", action="store_true",
                        help="replace LIB if it is a Coursesmith library")
    sample.set_defaults(run=_cmd_sample)

    imp = commands.add_parser("import", help="import files and folders (folders recursively)")
    imp.add_argument("library", metavar="LIB")
    imp.add_argument("paths", metavar="PATH", nargs="+")
    imp.add_argument("--author", default="", help="recorded as the creator")
    imp.set_defaults(run=_cmd_import)

    lst = commands.add_parser("list", help="objects and assets, newest first")
    lst.add_argument("library", metavar="LIB")
    lst.add_argument("--kind", metavar="KIND", help="only objects of this kind")
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.set_defaults(run=_cmd_list)

    find = commands.add_parser("search", help="full-text search, best matches first")
    find.add_argument("library", metavar="LIB")
    find.add_argument("query", metavar="QUERY")
    find.add_argument("--kind", metavar="KIND")
    find.add_argument("--tag", metavar="TAG")
    find.add_argument("--state", metavar="STATE", choices=STATES)
    find.add_argument("--locale", metavar="L")
    find.add_argument("--limit", type=int, default=50)
    find.add_argument("--json", action="store_true")
    find.set_defaults(run=_cmd_search)

    export = commands.add_parser("export", help="export a course as a package or a Word document for review")
    export.add_argument("library", metavar="LIB")
    export.add_argument("course", metavar="COURSE", help="the course's id or exact title")
    export.add_argument("--format", required=True, choices=_FormatNames(), metavar="FORMAT",
                        help="the package format: %(choices)s")
    export.add_argument("--locale", metavar="L", help="export locale (default: the source)")
    export.add_argument("--sco-per-lesson", action="store_true",
                        help="one SCO per lesson instead of one for the course")
    export.add_argument("-o", "--output", metavar="OUT", required=True,
                        help="the file to write: OUT.zip for a package, OUT.docx for Word")
    export.add_argument("--author", default="")
    export.add_argument("--image-quality", type=int, default=82, metavar="N",
                        help="JPEG quality of resized images, 30-100 (default: 82)")
    export.set_defaults(run=_cmd_export)

    validate = commands.add_parser("validate", help="check a package; list each problem")
    validate.add_argument("package", metavar="PACKAGE.zip")
    validate.add_argument("--json", action="store_true")
    validate.set_defaults(run=_cmd_validate)

    app = commands.add_parser("open", help="open LIB in the desktop app (no LIB, or no command: "
                              "the last library, else the sample)")
    # Optional, because the menu entry's `Exec=coursesmith open %f` runs with no file.
    app.add_argument("library", metavar="LIB", nargs="?")
    app.set_defaults(run=_cmd_open)

    review = commands.add_parser("review", help="comments from reviewers (review builds, Word)")
    review_commands = review.add_subparsers(dest="review_command", metavar="COMMAND",
                                            parser_class=_Parser, required=True)
    review_import = review_commands.add_parser(
        "import", help="import comments from .csreview files and reviewed .docx files")
    review_import.add_argument("library", metavar="LIB")
    review_import.add_argument("files", metavar="FILE", nargs="+")
    review_import.set_defaults(run=_cmd_review_import)

    comments = commands.add_parser("comments", help="comment threads, newest first")
    comments.add_argument("library", metavar="LIB")
    comments.add_argument("--object", metavar="ID", help="only the threads on this object")
    comments.add_argument("--status", choices=("open", "resolved"))
    comments.add_argument("--json", action="store_true", help="print a JSON array")
    comments.set_defaults(run=_cmd_comments)

    replace = commands.add_parser(
        "replace", help="find and replace in every text a learner reads (literal, case-sensitive)")
    replace.add_argument("library", metavar="LIB")
    replace.add_argument("find", metavar="FIND", help="the exact text to find (case-sensitive)")
    replace.add_argument("replacement", metavar="REPLACEMENT", help="what replaces it (may be empty)")
    replace.add_argument("--course", metavar="C", help="only this course (id or exact title)")
    replace.add_argument("--locale", metavar="L", help="change this locale's translations (default: the source)")
    replace.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    replace.add_argument("--author", default="", help="recorded with the new versions")
    replace.set_defaults(run=_cmd_replace)

    preview = commands.add_parser("preview", help="the live preview of a course, in a window")
    preview.add_argument("library", metavar="LIB")
    preview.add_argument("course", metavar="COURSE", nargs="?",
                         help="the course's id or exact title (default: the first course)")
    preview.add_argument("--locale", metavar="L", help="the locale learners see (default: the source)")
    preview.set_defaults(run=_cmd_preview)

    info = commands.add_parser("info", help="what the library holds")
    info.add_argument("library", metavar="LIB")
    info.add_argument("--json", action="store_true")
    info.set_defaults(run=_cmd_info)

    from authoring.cli_translate import add_commands as add_translate_commands

    add_translate_commands(commands)
    return parser


class _FormatNames:
    """The registered package formats, as argparse `choices`: read from the registry only
    when argparse needs them (to check `--format` or to print the help), so commands that
    export nothing do not load the exporters (the option's metavar keeps argparse from
    listing them while it builds the parser)."""

    def _names(self) -> list[str]:
        from authoring.export import formats

        return formats.names()

    def __contains__(self, name: object) -> bool:
        return name in self._names()

    def __iter__(self):
        return iter(self._names())


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):  # plain `coursesmith`: the desktop app
        if _headless():  # a terminal with no screen (ssh, CI): the usage is more use
            parser.print_help()
            return 0
        args.run, args.library = _cmd_open, None
    try:
        return args.run(args)
    except CoursesmithError as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        return _fail("interrupted; nothing half-done was kept", code=130)
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except OSError as error:
        return _fail(f"{error.filename or ''}: {error.strerror}".lstrip(": "))
    except Exception as error:  # a bug, not a user error: still one readable line
        from sqlalchemy.exc import DatabaseError

        from authoring.model.write_lock import is_busy

        if isinstance(error, DatabaseError) and is_busy(error):  # busy is never damage
            return _fail("the library is busy: another program is writing to it; nothing "
                         "was changed here: try again when it has finished")
        if isinstance(error, DatabaseError):
            return _fail("the library is damaged or was changed by another program; "
                         "restore it from a backup")
        raise


def _headless() -> bool:
    import os

    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return True
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def _fail(message: str, code: int = 1) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return code


LOCK_PATIENCE_SECONDS = 600.0  # a script would rather wait for another program than fail


def _open(path: str, *, for_reading: bool = False):
    """The library, waiting (and saying so on stderr) while another program writes to it;
    read-only commands do not wait at all (WAL lets them read meanwhile)."""
    import os

    from authoring.model.library import Library
    from authoring.model.write_lock import Waiting

    patience = float(os.environ.get("COURSESMITH_LOCK_PATIENCE", LOCK_PATIENCE_SECONDS))
    waiting = Waiting(patience, lambda message: print(f"{PROG}: {message}", file=sys.stderr,
                                                      flush=True))
    return Library.open(path, waiting=waiting, for_reading=for_reading)


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


# ------------------------------------------------------------------ commands


def _cmd_init(args: argparse.Namespace) -> int:
    from authoring.model.library import Library

    with Library.create(args.library, args.locale) as library:
        print(f"created {library.path} (source locale {library.source_locale()})")
    return 0


def _cmd_sample(args: argparse.Namespace) -> int:
    from authoring.model.sample import write_sample

    path = write_sample(Path(args.library), force=args.force)
    print(f"wrote the sample library to {path}")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from authoring.model.filenames import escape_name
    from authoring.model.importer import Outcome, import_paths

    def report(outcome: Outcome) -> None:
        path = escape_name(outcome.path)  # one line per file, whatever the name holds
        if outcome.status == "imported":
            print(f"imported {path} -> {outcome.kind} {outcome.object_id}", flush=True)
        elif outcome.status == "duplicate":
            print(f"duplicate {path} (same bytes as {outcome.object_id})", flush=True)
        else:
            print(f"refused {path}: {escape_name(outcome.reason, colons=True)}", flush=True)

    with _open(args.library) as library:
        outcomes = import_paths(library, args.paths, author=args.author, on_outcome=report)
    refused = sum(1 for o in outcomes if o.status == "refused")
    if not outcomes:
        return _fail("no files found in the paths given")
    if refused:
        print(f"{PROG}: error: {refused} of {len(outcomes)} files were refused; "
              "the others were imported", file=sys.stderr)
        return 1
    return 0


def _check_kind(kind: str | None) -> None:
    from authoring.model.schema import KINDS

    if kind and kind not in KINDS:
        raise CoursesmithError(f"unknown kind '{kind}'; use one of {', '.join(KINDS)}")


def _cmd_list(args: argparse.Namespace) -> int:
    from authoring.model import objects
    from authoring.model.describe import describe_many

    _check_kind(args.kind)
    with _open(args.library, for_reading=True) as library, library.reading() as session:
        items = describe_many(session, objects.list_objects(session, args.kind))
    if args.json:
        _print_json(items)
    else:
        _print_table(items, lambda item: _detail(item))
    return 0


def _detail(item: dict[str, Any]) -> str:
    if item["kind"] == "asset":
        return f"{item['filename']}  {item['mime']}  {human_size(item['size'])}"
    if item["kind"] == "question":
        return f"{item['type']}, {item['points']} pt"
    if "children" in item:
        return f"{len(item['children'])} items"
    return ""


def _print_table(items: list[dict[str, Any]], detail: Callable[[dict[str, Any]], str]) -> None:
    for item in items:
        extra = detail(item)
        print(f"{item['id']}  {item['kind']:<8}  {item['title']}" + (f"  ({extra})" if extra else ""))


def _cmd_search(args: argparse.Namespace) -> int:
    from authoring.model import objects, search
    from authoring.model.describe import describe
    from authoring.model.locales import normalize_locale

    _check_kind(args.kind)
    locale = normalize_locale(args.locale) if args.locale else None
    with _open(args.library, for_reading=True) as library, library.reading() as session:
        hits = search.search(session, args.query, kind=args.kind, tag=args.tag,
                             state=args.state, locale=locale, limit=args.limit)
        items = [
            {**describe(session, objects.get(session, hit.id)), "title": hit.title,
             "snippet": hit.snippet, "locale": hit.locale}
            for hit in hits
        ]
    if args.json:
        _print_json(items)
    else:
        for item in items:
            print(f"{item['id']}  {item['kind']:<8}  [{item['locale']}]  {item['title']}")
            print(f"    {item['snippet']}")
        if not items:
            print("no matches", file=sys.stderr)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from authoring.export.export import run_export
    from authoring.export.request import ExportRequest
    from authoring.export.resolve import ExportError

    request = ExportRequest(
        course=args.course, format=args.format, target=Path(args.output), locale=args.locale,
        per_lesson=args.sco_per_lesson, author=args.author, image_quality=args.image_quality,
    )
    with _open(args.library) as library:
        try:
            result = run_export(library, request, _terminal_job())
        except ExportError as error:
            for problem in error.problems:
                print(f"{problem.severity}: {problem.message}", file=sys.stderr)
            raise
        finally:
            _clear_progress()
    for warning in result.warnings:
        print(f"warning: {warning.message}", file=sys.stderr)
    print(f"exported {result.path} ({human_size(result.size)}, {result.format})")
    return 0


def _cmd_replace(args: argparse.Namespace) -> int:
    from authoring.model import replace

    with _open(args.library) as library, library.transaction() as session:
        if args.dry_run:
            done = replace.plan(session, args.find, args.replacement, course=args.course, locale=args.locale)
        else:
            done = replace.apply(session, args.find, args.replacement, course=args.course,
                                 locale=args.locale, author=args.author)
    for match in done.objects:
        print(f"changed {match.id}: {match.count}")
    matches, changed = done.matches, len(done.objects)
    print(f"{matches} {'match' if matches == 1 else 'matches'} in {changed} {'object' if changed == 1 else 'objects'}")
    return 0


def _terminal_job():
    """A Job whose progress shows on stderr, on one line, when stderr is a terminal."""
    from authoring.model.jobs import Job

    if not sys.stderr.isatty():
        return Job()

    def show(done: int, total: int, text: str) -> None:
        count = f" {done}/{total}" if total > 1 else ""
        print(f"\r{text}{count}…".ljust(60), end="", file=sys.stderr, flush=True)

    return Job(on_progress=show)


def _clear_progress() -> None:
    if sys.stderr.isatty():
        print("\r" + " " * 60 + "\r", end="", file=sys.stderr, flush=True)


def _cmd_validate(args: argparse.Namespace) -> int:
    from authoring.export.validate import NotAPackageError, validate_package

    try:
        report = validate_package(Path(args.package))
    except NotAPackageError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 2
    if args.json:
        _print_json({"format": report.format, "problems": report.problems, "files": report.files,
                     "size": report.size, "sizes": report.sizes, "player_gzip": report.player_gzip})
    else:
        print(f"{args.package}: {report.format} package, {report.files} files, "
              f"{human_size(report.size)} unpacked; player {human_size(report.player_gzip)} gzipped")
        for folder, size in sorted(report.sizes.items()):
            print(f"  {folder}: {human_size(size)}")
        for problem in report.problems:
            print(f"problem: {problem}")
        print("no problems found" if not report.problems else f"{len(report.problems)} problems")
    return 1 if report.problems else 0


def _cmd_open(args: argparse.Namespace) -> int:
    from authoring.ui.app import main as app_main  # Qt is imported only for the app

    return app_main(args.library)


def _cmd_review_import(args: argparse.Namespace) -> int:
    from authoring.model.review_import import import_review_files

    with _open(args.library) as library:
        outcomes = import_review_files(library, args.files,
                                       on_outcome=lambda outcome: print(outcome.line(), flush=True))
    refused = sum(1 for o in outcomes if o.status == "refused")
    if refused:
        rest = "the others were imported" if refused < len(outcomes) else "nothing was imported"
        print(f"{PROG}: error: {refused} of {len(outcomes)} files were refused; {rest}", file=sys.stderr)
        return 1
    return 0


# The fields of a thread in `comments --json` (CONTRACTS), in order; replies the same
# without "replies".
THREAD_FIELDS = ("id", "object", "version", "author", "text", "created", "status", "outdated", "source")


def _cmd_comments(args: argparse.Namespace) -> int:
    from authoring.model import objects
    from authoring.model.comment_threads import list_threads

    with _open(args.library) as library, library.transaction() as session:
        if args.object:
            objects.get(session, args.object)  # an unknown id is an error, not an empty list
        threads = list_threads(session, object_id=args.object, status=args.status)
    if args.json:
        _print_json([{**{k: t[k] for k in THREAD_FIELDS},
                      "replies": [{k: r[k] for k in THREAD_FIELDS} for r in t["replies"]]}
                     for t in threads])
        return 0
    for thread in threads:
        _print_comment(thread, "")
        for reply in thread["replies"]:
            _print_comment(reply, "    ")
    if not threads:
        print("no comments", file=sys.stderr)
    return 0


def _print_comment(row: dict[str, Any], indent: str) -> None:
    marks = [row["status"]] + (["outdated"] if row["outdated"] else []) + [row["source"]]
    print(f"{indent}{row['id']}  {row['object']} v{row['version']}  {row['author'] or 'someone'}  "
          f"{row['created'][:16].replace('T', ' ')}  ({', '.join(marks)})")
    print(f"{indent}    {row['text']}")


def _cmd_preview(args: argparse.Namespace) -> int:
    from authoring.ui.app import preview_main  # Qt is imported only for the window

    return preview_main(args.library, args.course, args.locale)


def _cmd_info(args: argparse.Namespace) -> int:
    from authoring.model.info import library_info

    with _open(args.library, for_reading=True) as library, library.reading() as session:
        info = library_info(session, str(library.path))
    if args.json:
        _print_json(info)
        return 0
    print(f"{info['title']}  ({info['path']})")
    print(f"  size: {human_size(info['size'])}, assets {human_size(info['asset_bytes'])}")
    print(f"  locales: {', '.join(info['locales'])} (source: {info['source_locale']})")
    counts = ", ".join(f"{n} {kind}" for kind, n in info["counts"].items() if n)
    print(f"  holds: {counts or 'nothing yet'}" + (f"; {info['trash']} in the trash" if info["trash"] else ""))
    for locale, share in info["translation"].items():
        print(f"  translation {locale}: {share:.0%} current")
    return 0


if __name__ == "__main__":
    sys.exit(main())
