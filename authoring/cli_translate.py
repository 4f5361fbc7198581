"""`coursesmith translate …`: XLIFF out to translators and back, status and pseudo.

Kept beside `cli.py` (which registers it) because it is a family of its own; the output
lines and exit codes are a contract (CONTRACTS.md, "Translation").
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_commands(commands) -> None:
    """The `translate` command and its four subcommands."""
    from authoring.model.translation.exporting import FORMATS, ONLY

    translate = commands.add_parser("translate", help="XLIFF for translators, status, pseudo")
    actions = translate.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="the course's strings as XLIFF")
    export.add_argument("library", metavar="LIB")
    export.add_argument("course", metavar="COURSE", help="the course's id or exact title")
    export.add_argument("--locale", metavar="L", required=True, help="the target locale")
    export.add_argument("--format", choices=list(FORMATS), default="xliff12")
    export.add_argument("--only", choices=list(ONLY), help="only strings missing or outdated")
    export.add_argument("-o", "--output", metavar="FILE.xlf", required=True)
    export.set_defaults(run=_cmd_export)

    imp = actions.add_parser("import", help="translated XLIFF files back in")
    imp.add_argument("library", metavar="LIB")
    imp.add_argument("files", metavar="FILE", nargs="+")
    imp.set_defaults(run=_cmd_import)

    status = actions.add_parser("status", help="missing, outdated and current strings")
    status.add_argument("library", metavar="LIB")
    status.add_argument("course", metavar="COURSE")
    status.add_argument("--locale", metavar="L", required=True)
    status.add_argument("--json", action="store_true")
    status.set_defaults(run=_cmd_status)

    pseudo = actions.add_parser("pseudo", help="fill a locale with pseudo-translations")
    pseudo.add_argument("library", metavar="LIB")
    pseudo.add_argument("course", metavar="COURSE")
    pseudo.add_argument("--locale", metavar="L", required=True, help="e.g. qps")
    pseudo.set_defaults(run=_cmd_pseudo)


def _course_id(session, course: str) -> str:
    from authoring.export.resolve import find_course

    return find_course(session, course).id


def _cmd_export(args: argparse.Namespace) -> int:
    from authoring.cli import _open
    from authoring.model.translation.exporting import export_strings, save

    with _open(args.library) as library, library.transaction() as session:
        exported = export_strings(session, _course_id(session, args.course), args.locale,
                                  format=args.format, only=args.only)
        save(Path(args.output), exported.data)
    noun = "string" if exported.strings == 1 else "strings"
    print(f"exported {args.output}: {exported.strings} {noun} "
          f"({exported.source_locale} -> {exported.locale}, {args.format})")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from authoring.cli import _open
    from authoring.model.translation.importing import import_files

    with _open(args.library) as library:
        results = import_files(library, [Path(f) for f in args.files],
                               on_result=lambda result: print(result.line(), flush=True))
    return 1 if any(result.refused for result in results) else 0


def _cmd_status(args: argparse.Namespace) -> int:
    from authoring.cli import _open, _print_json
    from authoring.model.translation.status import course_status

    with _open(args.library) as library, library.transaction() as session:
        status = course_status(session, _course_id(session, args.course), args.locale)
    if args.json:
        _print_json(status.as_json())
        return 0
    print(f"{status.locale}: {status.total} strings, {status.current} current, "
          f"{status.outdated} outdated, {status.missing} missing")
    for item in status.objects:
        parts = [f"{n} {word}" for n, word in ((item.missing, "missing"), (item.outdated, "outdated")) if n]
        print(f"  {item.object_id}  {item.where}: {', '.join(parts)}")
    return 0


def _cmd_pseudo(args: argparse.Namespace) -> int:
    from authoring.cli import _open
    from authoring.model.locales import normalize_locale
    from authoring.model.translation.pseudo import pseudo_translate

    with _open(args.library) as library, library.transaction() as session:
        count = pseudo_translate(session, _course_id(session, args.course), args.locale)
    print(f"pseudo-translated {count} strings into {normalize_locale(args.locale)}")
    return 0
