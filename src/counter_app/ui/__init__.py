"""Everything QtWidgets."""
