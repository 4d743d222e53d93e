"""The three numbered lists of the Lampiran SKP, in the order they are printed."""

LAMPIRAN_TITLES = {"dukungan_sumber_daya": "DUKUNGAN SUMBER DAYA",  # official terms, printed as they are
                   "skema_pertanggungjawaban": "SKEMA PERTANGGUNGJAWABAN", "konsekuensi": "KONSEKUENSI"}
LAMPIRAN_SECTIONS = tuple(LAMPIRAN_TITLES)
