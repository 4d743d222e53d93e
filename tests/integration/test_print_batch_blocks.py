"""A batch gathers its employees a block at a time (a few queries for fifty documents): every
document it prints is the one printed alone, and what cannot print is skipped for the same
reason, across a block's edge too."""

import sqlite3
from contextlib import closing
from datetime import date
import subprocess

import pytest

from kinerja_desktop.errors import NotFound
from kinerja_desktop.services.context import cli_actor
from kinerja_desktop.services.demo import generate_demo
from kinerja_desktop.services.printing import BLOCK, SealBroken, batch_nips, document_pdf, print_batch
from kinerja_desktop.store.migrate import open_database

YEAR = date.today().year - 1  # the demo's last whole year: final, sealed evaluations


def text_of(data: bytes) -> str:
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("blocks") / "demo.sqlite3"
    db = open_database(str(path))
    generate_demo(db, cli_actor(), employees=70, seed=11)
    yield db, path
    db.close()


@pytest.mark.parametrize("doc, period", [("dokumen-evaluasi", None), ("evaluasi", "TW2")])
def test_each_document_of_a_batch_is_the_one_printed_alone(demo, tmp_path, doc, period):
    db, path = demo
    nips = batch_nips(db, cli_actor(), unit=None)
    assert len(nips) > BLOCK  # the batch crosses a block's edge
    broken = nips[BLOCK + 1]  # in the second block: its final evaluation edited behind the program's back
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE realisation SET value = coalesce(value, 0) + 1 WHERE evaluation_id IN (SELECT e.id FROM "
                     "evaluation e JOIN skp k ON k.id = e.skp_id JOIN employee m ON m.id = k.employee_id "
                     "WHERE m.nip = ? AND e.status = 'Final')", (broken,))
    result = print_batch(db, cli_actor(), doc=doc, year=YEAR, period=period, out_dir=tmp_path / "batch")
    printed = {p.stem.rsplit("-", 1)[1]: p for p in result.written}
    skipped = {line.split(":")[0].removeprefix("NIP "): line for line in result.skipped}
    assert set(printed) | set(skipped) == set(nips) and not set(printed) & set(skipped)
    assert len(printed) > BLOCK and "segelnya" in skipped[broken]
    for nip in nips:
        try:
            alone = document_pdf(db, cli_actor(), doc=doc, nip=nip, year=YEAR, period=period)
        except (NotFound, SealBroken) as exc:  # the same refusal, for the same reason
            assert skipped[nip] == f"NIP {nip}: {exc}"
            continue
        assert text_of(printed[nip].read_bytes()) == text_of(alone), nip
