"""Bulk work with the cyclic garbage collector paused.

A sync export or import builds hundreds of thousands of small dicts and lists that reference
counting frees; the cyclic collector only rescans them, ten full collections per 7,000-staff
package. Paused for the call (it is process-wide, so a window stays paused while a background
export runs, for those seconds), then resumed; one collection follows at its own pace."""

import gc
from contextlib import contextmanager


@contextmanager
def collector_paused():
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
