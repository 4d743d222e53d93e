"""The bundle's start script: the same entry point as the installed ``kinerja-desktop``."""

from kinerja_desktop.app import main

raise SystemExit(main())
