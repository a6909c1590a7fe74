"""Vigie: pilot the IT services a company has outsourced."""

__version__ = "0.1.0"
