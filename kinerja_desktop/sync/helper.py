"""A large body's records read in a helper process, beside the one that writes them.

Reading a package (inflating, parsing and checking every line, hashing each record's data) and
writing it into the consolidated copy each take about half of an import. Python runs one of
them at a time in a process, so a package of more than ``HELPER_BYTES`` is read in a second
process: it opens the decrypted inner ZIP that ``reader.stream`` checked, runs the same
``Stream.chunks`` over it, turns each chunk into what the writer needs (``summarise``) and
sends it through a pipe, from a thread that keeps at most four chunks waiting, so memory stays
flat. The helper is started as soon as the manifest says the body is large (``ahead``), so its
imports overlap the importer's unsealing and decryption. A refusal in the helper reaches the
caller as the same PackageRefused; the helper ends when the caller stops reading (its end of the
pipe closes).
"""

import multiprocessing
import queue
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..gcpause import collector_paused
from .package import PackageRefused
from .members import inner_source
from .reader import Stream

HELPER_BYTES = 64 * 1024 * 1024  # uncompressed record lines, about 2,000 staff: below it the start costs more
Summarise = Callable[[dict, bytes], Any]  # (record, its data's JSON bytes) -> what the caller keeps


def can_start() -> bool:
    """Whether this program can start a helper (``--self-test``: a bundle needs
    ``freeze_support`` in its start script for it)."""
    process = multiprocessing.get_context("spawn").Process(target=_started, daemon=True, name="kinerja-uji-pembantu")
    process.start()
    process.join(60)
    return process.exitcode == 0


def _started() -> None:
    """In the helper that ``can_start`` starts: nothing to do once imported."""


class Helper:
    """A helper process, started before its job is known: it imports the reading code while the
    importer unseals its keys and decrypts the package (``ahead``). It serves one job."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")  # the same on every system; no fork of a Qt program
        waiting, self.jobs = context.Pipe(duplex=False)
        self.receiving, sending = context.Pipe(duplex=False)
        self.process = context.Process(target=_serve, daemon=True, name="kinerja-pembaca-paket",
                                       args=(waiting, sending))
        self.process.start()
        waiting.close()
        sending.close()

    def close(self) -> None:
        """End the helper: a helper waiting for its job, or still sending, sees its pipe close."""
        self.jobs.close()
        self.receiving.close()
        self.process.join(10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


@contextmanager
def ahead(manifest: dict) -> Iterator["Helper | None"]:
    """A helper started now when the manifest (not yet verified: it only decides whether to
    start one) declares an encrypted body of at least ``HELPER_BYTES``; ended on leaving."""
    sizes = manifest.get("sizes") if isinstance(manifest, dict) else None
    declared = sizes.get("records") if isinstance(sizes, dict) else None
    if not isinstance(declared, int) or declared < HELPER_BYTES or manifest.get("encrypted") is not True:
        yield None
        return
    early = Helper()
    try:
        yield early
    finally:
        early.close()


def summaries(stream: Stream, summarise: Summarise, early: "Helper | None" = None) -> Iterator[list]:
    """The body's records in chunks, each record passed through ``summarise`` (a module-level
    function: the helper imports it by name), read by ``early`` or by a helper started now when
    the body is large. ``stream.counts`` and ``stream.named`` are set once the last chunk has
    been read, as ``Stream.chunks`` sets them."""
    if stream.source.inner is None or stream.source.records_plain < HELPER_BYTES:
        yield from stream.chunks(summarise=summarise)
        return
    helper = early or Helper()
    try:
        try:
            helper.jobs.send((stream.manifest, stream.source.inner, stream.kinds, summarise))
        except OSError:
            pass  # it has died: the first receive says so
        while True:
            try:
                what, *value = helper.receiving.recv()
            except EOFError:
                helper.process.join(5)
                raise UserError("Proses pembaca paket berhenti tiba-tiba (kode keluar {code}); impor ulang "
                                "berkasnya.", code=helper.process.exitcode) from None
            if what == "chunk":
                yield value[0]
            elif what == "done":
                stream.counts, stream.named = value
                return
            elif what == "refused":
                raise value[0]
            else:
                raise RuntimeError(f"pembaca paket gagal:\n{value[0]}")
    finally:
        helper.close()  # a helper still sending gets a broken pipe and ends


def _serve(waiting, sending) -> None:
    """In the helper: wait for the job, then read; a caller that closes first ends it."""
    try:
        job = waiting.recv()
    except (EOFError, OSError):
        return
    finally:
        waiting.close()
    _read(*job, sending)


class _Sender:
    """Sends the helper's messages from a thread, up to ``AHEAD`` of them waiting: the helper
    reads on while the importer is still busy with the chunk before (with the pipe alone,
    each waited for the other about a fifth of the time). A pipe the importer closed is
    raised at the next ``send`` or at ``close``."""

    AHEAD = 4  # chunks of about 2 MB

    def __init__(self, connection):
        self.connection, self.failed = connection, None
        self.waiting: queue.Queue = queue.Queue(self.AHEAD)
        self.thread = threading.Thread(target=self._run, daemon=True, name="kinerja-pengirim")
        self.thread.start()

    def _run(self) -> None:
        while (message := self.waiting.get()) is not None:
            if self.failed is None:  # after a failure the rest is dropped, so send() never blocks
                try:
                    self.connection.send_bytes(message)
                except OSError as exc:
                    self.failed = exc

    def send(self, message: tuple) -> None:
        if self.failed is not None:
            raise self.failed
        self.waiting.put(ForkingPickler.dumps(message))

    def close(self) -> None:
        self.waiting.put(None)
        self.thread.join()
        if self.failed is not None:
            raise self.failed


@collector_paused()
def _read(manifest: dict, inner: Path, kinds: frozenset[str], summarise: Summarise, sending) -> None:
    """In the helper: the body's chunks, summarised, into the pipe; then the counts, or the
    refusal."""
    sender = _Sender(sending)
    try:
        try:
            with ExitStack() as closing:
                stream = Stream(manifest, inner_source(inner, manifest, closing), kinds)
                for chunk in stream.chunks(summarise=summarise):
                    sender.send(("chunk", chunk))
                sender.send(("done", stream.counts, stream.named))
        except PackageRefused as exc:
            sender.send(("refused", exc))
        except OSError as exc:
            if exc is sender.failed:
                raise
            sender.send(("failed", traceback.format_exc()))
        except Exception:  # a fault in the program: the importer shows it as one
            sender.send(("failed", traceback.format_exc()))
        sender.close()
    except OSError as exc:
        if exc is not sender.failed:
            raise
        # the importer stopped reading: it refused a record, or was closed
    finally:
        sending.close()
