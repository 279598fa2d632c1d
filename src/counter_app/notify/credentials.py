"""This PC's SMS provider key: a JSON file beside the database in the data folder,
``secrets/sms-provider.json``, readable and writable by the OS user only (0600, its folder
0700), written atomically. Not in ``settings.ini`` (copied around with preferences) and not in
the database (so a backup or a copy of the station's database does not carry the key). The file
holds the key in clear: protect the PC's account; a station that wants no stored key leaves it
empty and uses copy text / QR code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from counter_app.services.notify_ports import Credentials

FILE_NAME = "sms-provider.json"


class FileCredentialStore:
    """``services.notify_ports.CredentialStore`` over a 0600 file."""

    def __init__(self, folder: Path) -> None:
        """``folder``: the data folder's ``secrets`` directory."""
        self._folder = Path(folder)
        self._path = self._folder / FILE_NAME

    def where(self) -> str:
        """The file's path."""
        return str(self._path)

    def load(self) -> Credentials:
        """The stored key; empty when there is none or the file is unreadable."""
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return Credentials()
        return Credentials(str(data.get("key_id", "")), str(data.get("secret", "")))

    def save(self, credentials: Credentials) -> None:
        """Write the key whole (temporary file created 0600, fsync, rename, folder fsync)."""
        self._folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self._folder, 0o700)
        data = json.dumps({"key_id": credentials.key_id, "secret": credentials.secret},
                          ensure_ascii=False).encode()
        tmp = self._path.with_name(self._path.name + ".part")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, 0o600)
        os.replace(tmp, self._path)
        if hasattr(os, "O_DIRECTORY"):
            dir_fd = os.open(self._folder, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
