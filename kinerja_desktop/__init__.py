"""Kinerja Desktop: offline ASN performance appraisal (PermenPANRB 6/2022)."""

__version__ = "0.1.0"
