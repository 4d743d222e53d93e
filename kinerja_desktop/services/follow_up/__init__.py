"""Follow-up of the result (tindak lanjut; domain.md sections 3.5, 11 and 12): development plans
from the training catalogue, the 20 JP a year, the talent box, angka kredit, who is missing what,
attendance and discipline as evidence, and the files for SIASN. A room of its own: its own
services here, its report builders in reports/follow_up.py, its page in ui/pages/follow_up.py."""
