"""Login by job number (工号) and password, with lock-out after repeated failures (X-1)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from counter_app.domain.clock import Clock
from counter_app.domain.errors import AccountInactive, AccountLocked, LoginFailed
from counter_app.domain.staff import StaffMember
from counter_app.services import audit
from counter_app.services.ports import PasswordHasher, UnitOfWorkFactory


@dataclass(frozen=True)
class LockoutPolicy:
    """After ``max_failures`` wrong passwords in a row, lock for ``lock_minutes``."""

    max_failures: int = 5
    lock_minutes: int = 15


# Verified against when the job number is unknown, so both failures cost the same time.
_DUMMY_PASSWORD = "not-a-password"


class AuthService:
    """Checks credentials and keeps the failure count and the lock in the database."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        hasher: PasswordHasher,
        clock: Clock,
        policy: LockoutPolicy | None = None,
    ) -> None:
        """Wire the service."""
        self._uow_factory = uow_factory
        self._hasher = hasher
        self._clock = clock
        self._policy = policy or LockoutPolicy()
        self._dummy_hash = hasher.hash(_DUMMY_PASSWORD)

    def login(self, job_number: str, password: str) -> StaffMember:
        """Return the staff member, or raise LoginFailed / AccountLocked / AccountInactive."""
        job_number = job_number.strip()
        now = self._clock.now()
        with self._uow_factory() as uow:
            account = uow.staff.by_job_number(job_number)
            if account is None:
                self._hasher.verify(self._dummy_hash, password)
                audit.record(
                    uow,
                    self._clock,
                    None,
                    entity="login",
                    entity_id=job_number,
                    action="login_unknown_job_number",
                )
                uow.commit()
                raise LoginFailed(job_number=job_number, attempts_left=-1)
            if account.locked_until is not None and account.locked_until > now:
                raise AccountLocked(
                    job_number=job_number, until=account.locked_until
                )
            if not account.member.active:
                raise AccountInactive(job_number=job_number)
            if not self._hasher.verify(account.password_hash, password):
                account.failed_attempts += 1
                left = self._policy.max_failures - account.failed_attempts
                action = "login_failed"
                if left <= 0:
                    account.locked_until = now + timedelta(minutes=self._policy.lock_minutes)
                    account.failed_attempts = 0
                    action = "account_locked"
                uow.staff.update(account)
                audit.record(
                    uow,
                    self._clock,
                    account.member,
                    entity="staff",
                    entity_id=account.member.id,
                    action=action,
                )
                uow.commit()
                if left <= 0:
                    assert account.locked_until is not None
                    raise AccountLocked(
                        job_number=job_number, until=account.locked_until
                    )
                raise LoginFailed(job_number=job_number, attempts_left=left)
            account.failed_attempts = 0
            account.locked_until = None
            if self._hasher.needs_rehash(account.password_hash):
                account.password_hash = self._hasher.hash(password)
            uow.staff.update(account)
            audit.record(
                uow,
                self._clock,
                account.member,
                entity="staff",
                entity_id=account.member.id,
                action="login",
            )
            uow.commit()
            return account.member
