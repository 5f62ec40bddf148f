"""Channel secrets (Apprise URLs, webhook signing secrets) sealed at rest with Fernet.

Keys come from settings.ALERT_CHANNEL_KEYS (the first seals, all unseal), read at call time so a
rotation is a settings change; without keys (development), one key is derived from SECRET_KEY.
A token that no key opens raises InvalidToken: it is never returned as if it were the secret.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

__all__ = ["InvalidToken", "seal", "unseal", "reseal"]


def _fernet() -> MultiFernet:
    keys = [key.strip() for key in settings.ALERT_CHANNEL_KEYS if key.strip()]
    if not keys:
        digest = hashlib.sha256(b"pledgewatch alert channels\0" + settings.SECRET_KEY.encode())
        keys = [base64.urlsafe_b64encode(digest.digest()).decode()]
    return MultiFernet([Fernet(key) for key in keys])


def seal(secret: str) -> str:
    """The secret encrypted (and authenticated) with the first key."""
    return _fernet().encrypt(secret.encode()).decode()


def unseal(token: str) -> str:
    """The secret a sealed token holds; raises InvalidToken if no configured key opens it."""
    return _fernet().decrypt(token.encode()).decode()


def reseal(token: str) -> str:
    """The same secret sealed with the first key (after a key rotation)."""
    return _fernet().rotate(token.encode()).decode()
