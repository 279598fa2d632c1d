"""Device adapters: scanners (serial via pyserial, USB keyboard wedge), the electronic scale,
and raw label / receipt printers (issue 17). QtCore/QtGui only, no QtWidgets."""
