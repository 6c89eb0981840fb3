"""The Streamlit side of the dashboard: queries, cached data access, filters, charts, exports, text.

Only :mod:`dashboard.data` and :mod:`dashboard.filters` import Streamlit; the rest are plain
functions that the tests call directly.
"""
