"""PDF / XLSX renderers: reportlab + python-barcode, no Qt."""
