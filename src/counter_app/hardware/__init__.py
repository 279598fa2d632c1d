"""Scanner adapters (serial via pyserial, USB keyboard wedge): QtCore/QtGui only, no QtWidgets."""
