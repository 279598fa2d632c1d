"""Adapters that tell the customer (issue 20): the Aliyun SMS provider over its HTTP API, the
per-PC credential file, and the provider factory the composition root hands to the service."""

from __future__ import annotations

from counter_app.notify.aliyun import AliyunSms
from counter_app.services.notify_ports import Credentials, ProviderSettings, SmsProvider


def make_provider(settings: ProviderSettings, credentials: Credentials) -> SmsProvider:
    """The provider the station configured (``services.notify_ports.ProviderFactory``)."""
    if settings.provider == "aliyun":
        return AliyunSms(settings, credentials)
    raise ValueError(f"unknown SMS provider {settings.provider!r}")
