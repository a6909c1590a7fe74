"""Supplier reports in: reading a supplier's CSV or Excel report of monthly figures,
previewing what it would change, and importing it all or nothing (no Qt here).

- `reports`: a file → a `Report` of rows and cells (`csv_files`, `xlsx_files` read them);
- `periods`: « 10/2026 », « oct. 2026 », « T3 2026 », a date… → a period;
- `matching`: the header row, the role of each column, contracts and indicators by code;
- `plan`: the preview — every line, what it will do, or why it is refused;
- `service`: the same with the client file (its catalogue, its measurements, the
  remembered column mappings), and the import in one transaction;
- `text`: the preview as text, for the command line.
"""
