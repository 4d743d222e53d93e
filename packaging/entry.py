"""The bundle's start script: the same entry point as the installed ``kinerja-desktop``."""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a helper process (sync/helper.py) starts the bundle again
    from kinerja_desktop.app import main

    raise SystemExit(main())
