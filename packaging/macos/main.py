"""The macOS app's entry point: the command line, plus Finder's way of opening a document.

A double-clicked (or dropped) `.cslib` reaches a starting app as an Apple Event, which
PyInstaller's argv emulation turns into a bare path argument; the command line wants
`open PATH`. Everything else is `coursesmith` as on the other systems.
"""

import sys

from authoring.cli import main


def arguments(argv: list[str]) -> list[str]:
    if len(argv) == 1 and argv[0].endswith(".cslib"):
        return ["open", argv[0]]
    return argv


if __name__ == "__main__":
    sys.exit(main(arguments(sys.argv[1:])))
