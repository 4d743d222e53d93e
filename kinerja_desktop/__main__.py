"""`python -m kinerja_desktop` runs the command line."""

import sys

from .cli import main

if __name__ == "__main__":  # a helper process (sync/helper.py) imports this module again
    sys.exit(main())
