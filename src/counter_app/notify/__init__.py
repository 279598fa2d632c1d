"""Adapters that tell the customer (issue 20): the Aliyun and Tencent Cloud SMS providers over
their HTTP APIs (Aliyun's reply queues in ``aliyun_mns``), the
per-PC credential file, and the provider factory the composition root hands to the service."""

from __future__ import annotations

from counter_app.notify.aliyun import AliyunSms
from counter_app.notify.tencent import TencentSms
from counter_app.services.notify_ports import Credentials, ProviderSettings, SmsProvider


def make_provider(settings: ProviderSettings, credentials: Credentials) -> SmsProvider:
    """The provider the station configured (``services.notify_ports.ProviderFactory``)."""
    if settings.provider == "aliyun":
        return AliyunSms(settings, credentials)
    if settings.provider == "tencent":
        return TencentSms(settings, credentials)
    raise ValueError(f"unknown SMS provider {settings.provider!r}")
