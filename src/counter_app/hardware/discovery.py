"""List the serial ports on this machine, for the scanner settings screen (SC-1)."""

from __future__ import annotations

from dataclasses import dataclass

from serial.tools import list_ports


@dataclass(frozen=True)
class PortInfo:
    """One serial port as the operating system reports it.

    Attributes:
        device: the name to open, e.g. ``/dev/ttyUSB0`` or ``COM3``.
        description: a human description, ``"n/a"`` when the system has none.
        hwid: the hardware id, e.g. ``"USB VID:PID=0C2E:0B61 SER=… LOCATION=1-1"``.
    """

    device: str
    description: str
    hwid: str


def list_serial_ports(*, include_links: bool = False) -> list[PortInfo]:
    """Return the machine's serial ports, sorted by device name.

    Args:
        include_links: also list symlinks to ports (e.g. ``/dev/serial/by-id/...``).

    Returns:
        One ``PortInfo`` per port; an empty list when there are none.
    """
    ports = [
        PortInfo(
            device=str(port.device),
            description=str(port.description or "n/a"),
            hwid=str(port.hwid or "n/a"),
        )
        for port in list_ports.comports(include_links=include_links)
    ]
    return sorted(ports, key=lambda info: info.device)
