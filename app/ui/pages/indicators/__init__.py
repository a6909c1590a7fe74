"""The « Indicateurs » page and its parts: the list and an indicator's card, the monthly
grid of measurements, the invoices and budget of a contract."""

from app.ui.pages.indicators.page import IndicatorsPage

__all__ = ["IndicatorsPage"]
