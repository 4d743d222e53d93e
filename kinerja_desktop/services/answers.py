"""Answer sheets typed back from paper (masukan questionnaires, the SKM): a CSV or XLSX file whose
rows are one respondent each, answers 1-4. Read whole and checked before anything is written:
every bad cell is named by row and column, and one bad row refuses the file."""

from dataclasses import dataclass
from pathlib import Path

from ..errors import Text, UserError
from .roster.reader import read_table

LISTED = 20  # bad cells named in the refusal; the count says how many more


@dataclass(frozen=True)
class Answer:
    row: int  # as the user sees it in the file
    key: str  # the KODE column, when the sheet has one
    values: tuple[int, ...]
    comment: str


def _name(header: object) -> str:
    return " ".join(str(header or "").replace("_", " ").split()).upper()


def _scale_value(cell: object) -> int | None:
    """1-4 as typed or as a spreadsheet stored it (3, 3.0, " 3 "); None for anything else."""
    if isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)) and float(cell).is_integer():
        value = int(cell)
    else:
        text = str(cell).strip()
        value = int(text) if text.isdigit() else None
    return value if value in (1, 2, 3, 4) else None


def read_answers(path: Path, *, scale: tuple[str, ...], key: str | None = None, comment: str = "KOMENTAR",
                 max_comment: int = 2000) -> list[Answer]:
    """The sheet's answers; a refusal naming the file and each bad row and column otherwise."""
    table = read_table(Path(path))
    headers = [_name(h) for h in table.headers]
    wanted = ([key] if key else []) + list(scale)
    missing = [name for name in wanted if name not in headers]
    if missing:
        raise UserError("{source}: kolom {missing} tidak ada. Baris pertama harus memuat kolom {wanted} (dan boleh "
                        "{comment}).", source=table.source, missing=", ".join(missing), wanted=", ".join(wanted),
                        comment=comment)
    at = {name: headers.index(name) for name in wanted}
    comment_at = headers.index(comment) if comment in headers else None
    answers, problems, count = [], [], 0

    def cell(cells: list, index: int | None) -> object:
        return cells[index] if index is not None and index < len(cells) else None

    for row, cells in table.rows:
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        values, bad = [], []
        for name in scale:
            raw = cell(cells, at[name])
            value = _scale_value(raw) if raw not in (None, "") else None
            if value is None:
                bad.append(Text("kolom {column}: {value}", column=name,
                                value=Text("kosong") if raw in (None, "") else Text("'{raw}' bukan 1-4", raw=raw)))
            values.append(value)
        code = str(cell(cells, at.get(key)) or "").strip().upper() if key else ""
        if key and not code:
            bad.insert(0, Text("kolom {column}: kosong", column=key))
        text = str(cell(cells, comment_at) or "").strip()
        if len(text) > max_comment:
            bad.append(Text("kolom {column}: lebih dari {limit} karakter", column=comment, limit=max_comment))
        if bad:
            count += len(bad)
            problems += [Text("baris {row}, {problem}", row=row, problem=b) for b in bad]
            continue
        answers.append(Answer(row, code, tuple(values), text))
    if problems:
        raise refusal(table.source, problems, count)
    if not answers:
        raise UserError("{source}: tidak ada baris jawaban di bawah baris judul.", source=table.source)
    return answers


def refusal(source: str, problems: list, count: int | None = None, *, answers: bool = True) -> UserError:
    count = len(problems) if count is None else count
    shown = problems[:LISTED]
    tail = [Text("... dan {count} masalah lainnya.", count=count - len(shown))] if count > len(shown) else []
    if answers:
        return UserError("{source}: {count} isian bermasalah, tidak ada jawaban yang disimpan. Perbaiki lalu impor "
                         "ulang.", source=source, count=count, details=shown + tail)
    return UserError("{source}: {count} isian bermasalah, tidak ada yang disimpan. Perbaiki lalu impor ulang.",
                     source=source, count=count, details=shown + tail)
