"""How long a text may be: one table for the services, which refuse longer text, and for the
window, which counts characters under each field and stops a one-line field at the limit.

The limits keep a printed form readable (an RHK is a sentence, not a page) and keep one long
paste from pushing a dialog or a table cell off the screen."""

from ..errors import Text, UserError

LIMITS = {  # kind -> (what it is, for the refusal; at most this many characters)
    "rhk": (Text("Teks RHK"), 500),
    "intervensi": (Text("Sasaran organisasi"), 500),
    "indikator": (Text("Teks indikator"), 300),
    "target": (Text("Target uraian"), 200),
    "satuan": (Text("Satuan target"), 40),
    "ekspektasi": (Text("Ekspektasi khusus"), 500),
    "lampiran": (Text("Butir lampiran"), 500),
    "realisasi": (Text("Uraian realisasi"), 1000),
    "umpan_balik": (Text("Umpan balik"), 1000),
    "masukan": (Text("Masukan"), 2000),
    "catatan": (Text("Catatan penilai"), 1000),
    "alasan": (Text("Alasan"), 2000),
    "keputusan": (Text("Keputusan"), 2000),
    "unit": (Text("Nama unit kerja"), 200),
    "nama": (Text("Nama pejabat penilai"), 160),
    "jabatan": (Text("Jabatan pejabat penilai"), 200),
}


def limit(kind: str) -> int:
    return LIMITS[kind][1]


def check_length(kind: str, text: str) -> str:
    """``text`` stripped; refused when longer than its kind allows."""
    what, most = LIMITS[kind]
    text = (text or "").strip()
    if len(text) > most:
        raise UserError("{what} terlalu panjang: {length} karakter, paling banyak {most}. Persingkat teksnya.",
                        what=what, length=len(text), most=most)
    return text
