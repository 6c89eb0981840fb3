"""Sign-in for writing reported values: ``st.login`` when an OpenID Connect provider is configured,
else the local accounts of :mod:`tracking.accounts`.

- OIDC: ``.streamlit/secrets.toml`` has an ``[auth]`` section with ``redirect_uri``,
  ``cookie_secret`` and either ``client_id``… (one provider) or named providers
  (``[auth.microsoft]``…). The signed-in user's e-mail is looked up in the accounts file for
  grants; a user without an entry may view but not write.
- Local: a small form checks the user name and password against the bcrypt hash in the accounts
  file (env ``ACCOUNTS_FILE``); the session remembers the user name, and the account is read
  again on every run, so removing it from the file signs it out. Repeated failures for a name or
  from an address pause further attempts (:func:`tracking.accounts.sign_in`); the address is the
  one our nginx saw (the last entry of ``X-Forwarded-For``: nginx appends it, so a client cannot
  forge it) when nginx is on this machine or at an address of ``TRUSTED_PROXIES``, or Streamlit's
  own for a direct connection. With ``DATABASE_URL`` the accounts (unless ``ACCOUNTS_FILE`` names a
  file) and the failure counts are in the PostgreSQL database, shared by every app server; while it
  is unreachable nobody signs in, and the page says why.

Viewing never needs an account. All text comes from :mod:`outputs.i18n`.
"""

from __future__ import annotations

import math

import streamlit as st

import settings
from outputs import i18n
from tracking import accounts as acc
from tracking.store import StoreError

SESSION_KEY = "entry_account"


def address_from(ip: str | None, forwarded_for: str | None, trusted: frozenset[str] = frozenset()) -> str | None:
    """The client's address: Streamlit's for a direct connection; behind our nginx — on this machine
    (Streamlit sees localhost, ``ip`` None) or at one of the ``trusted`` addresses
    (settings.trusted_proxies) — the last ``X-Forwarded-For`` entry, the one nginx appended.
    ``address_from(None, "6.6.6.6, 10.0.0.7")`` → "10.0.0.7" (the first entry is the client's claim)."""
    if ip and ip not in trusted:
        return ip
    last = (forwarded_for or "").split(",")[-1].strip()
    return last or ip or None


def client_address() -> str | None:
    """The address of the browser of this session (None when unknown, e.g. under AppTest)."""
    try:
        return address_from(st.context.ip_address, st.context.headers.get("X-Forwarded-For"),
                            settings.trusted_proxies())
    except Exception:  # noqa: BLE001 — no request context outside a served session
        return None


def oidc_providers() -> list[str | None]:
    """Providers configured for ``st.login`` ([] when none; [None] for the unnamed one)."""
    try:
        auth = st.secrets.get("auth")
    except Exception:  # noqa: BLE001 — no secrets.toml at all is the common local case
        return []
    if not auth or not auth.get("redirect_uri") or not auth.get("cookie_secret"):
        return []
    named = [name for name, value in auth.items() if hasattr(value, "get") and value.get("client_id")]
    return named or ([None] if auth.get("client_id") else [])


def current_account(lang: str = i18n.DEFAULT_LANG) -> acc.Account | None:
    """Draw the sign-in (or signed-in) box and return the account allowed to write, if any."""
    T = lambda key, **f: i18n.t(key, lang, **f)  # noqa: E731
    try:
        accounts = acc.load_accounts()
    except StoreError as e:  # the accounts' PostgreSQL server is down: said in words, nobody signs in
        st.error(T("entry.signin.store_error", error=e))
        return None
    except acc.AccountError as e:
        st.error(T("entry.signin.config_error", error=e))
        return None
    providers = oidc_providers()
    if providers:
        return _oidc(accounts, providers, T)
    return _local(accounts, T)


def _oidc(accounts: dict[str, acc.Account], providers: list[str | None], T) -> acc.Account | None:
    if not st.user.get("is_logged_in"):
        cols = st.columns(len(providers) + 2)
        for i, provider in enumerate(providers):
            label = T("entry.signin.oidc", provider=provider or "")
            if cols[i].button(label, key=f"signin_oidc_{provider or 'default'}", icon=":material/login:"):
                st.login(provider) if provider else st.login()
        st.caption(T("entry.signin.needed"))
        return None
    email = str(st.user.get("email") or "")
    account = accounts.get(email)
    cols = st.columns([4, 1])
    if account is None:
        cols[0].warning(T("entry.signin.not_granted", user=email))
    else:
        cols[0].caption(T("entry.signin.as", name=account.display_name or email, user=email))
    if cols[1].button(T("entry.signin.logout"), key="signin_logout"):
        st.logout()
    return account


def _local(accounts: dict[str, acc.Account], T) -> acc.Account | None:
    username = st.session_state.get(SESSION_KEY)
    account = accounts.get(username) if username else None
    if account is not None:
        cols = st.columns([4, 1])
        cols[0].caption(T("entry.signin.as", name=account.display_name or username, user=username))
        if cols[1].button(T("entry.signin.logout"), key="signin_logout"):
            st.session_state.pop(SESSION_KEY, None)
            st.rerun()
        return account
    if not accounts:
        st.info(T("entry.signin.no_accounts", path=acc.accounts_path()))
        return None
    with st.form("signin", border=True):
        st.markdown(T("entry.signin.title"))
        cols = st.columns(2)
        user = cols[0].text_input(T("entry.signin.user"), key="signin_user")
        password = cols[1].text_input(T("entry.signin.password"), type="password", key="signin_password")
        submitted = st.form_submit_button(T("entry.signin.submit"), icon=":material/login:")
    if submitted:
        try:
            account = acc.sign_in(accounts, user.strip(), password, client_address())
        except acc.SignInPaused as e:
            st.error(T("entry.signin.paused", seconds=math.ceil(e.seconds)))
            return None
        except StoreError as e:  # the shared sign-in counts cannot be read: refused, not let through
            st.error(T("entry.signin.store_error", error=e))
            return None
        if account is None:
            st.error(T("entry.signin.failed"))
            return None
        st.session_state[SESSION_KEY] = account.username
        st.rerun()
    st.caption(T("entry.signin.needed"))
    return None
