"""Generic widgets: they know nothing of Vigie's data."""
