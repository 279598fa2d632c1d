"""Scanner adapters: serial (pyserial) and USB keyboard wedge. QtCore/QtGui only, never QtWidgets."""
