"""Password hashing with Argon2id (memory-hard KDF, RFC 9106) via argon2-cffi."""

from __future__ import annotations

from argon2 import PasswordHasher as _Argon2
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


class Argon2PasswordHasher:
    """Implements services.ports.PasswordHasher with argon2-cffi's RFC 9106 low-memory profile."""

    def __init__(
        self, *, time_cost: int = 3, memory_cost_kib: int = 65536, parallelism: int = 4
    ) -> None:
        """Set the cost; tests may pass a smaller memory cost to run fast."""
        self._ph = _Argon2(
            time_cost=time_cost, memory_cost=memory_cost_kib, parallelism=parallelism
        )

    def hash(self, password: str) -> str:
        """Return the encoded Argon2id hash."""
        return str(self._ph.hash(password))

    def verify(self, encoded: str, password: str) -> bool:
        """Tell whether the password matches."""
        try:
            return bool(self._ph.verify(encoded, password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, encoded: str) -> bool:
        """Tell whether the parameters changed since the hash was made."""
        return bool(self._ph.check_needs_rehash(encoded))
