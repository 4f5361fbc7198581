import sys

from authoring.cli import main

sys.exit(main())
