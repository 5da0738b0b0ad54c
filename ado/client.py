"""A small client over the Azure DevOps REST API (api-version 7.1), for Services and Server collections.

- the organisation URL is used as given: ``https://dev.azure.com/ORG`` or an on-premises collection
  ``https://tfs.example.org/tfs/DefaultCollection``; project-scoped calls add the project;
- a personal access token goes in Basic authentication with an empty user name, and never into a
  message, a log or an exception;
- 429 and 5xx answers, timeouts and dropped connections are retried with exponential back-off,
  honouring ``Retry-After``; every other failure is one clear line naming the call and what to do;
- lists are followed through ``x-ms-continuationtoken``.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote

import httpx

from attest.core.errors import AttestError

API_VERSION = "7.1"
RETRIED = {429, 500, 502, 503, 504}


class AdoError(AttestError):
    """A call Azure DevOps refused or could not answer; the message says which and why, never the token."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class AdoClient:
    def __init__(self, org_url: str, project: str, token: str, *, proxy: str | None = None,
                 ca_bundle: str | None = None, transport: httpx.BaseTransport | None = None, timeout: float = 30.0,
                 attempts: int = 6, sleep: Callable[[float], None] = time.sleep) -> None:
        self.org_url = org_url.rstrip("/")
        self.project = project
        self.attempts = attempts
        self.sleep = sleep
        basic = base64.b64encode(f":{token}".encode()).decode("ascii")
        self._http = httpx.Client(
            headers={"Authorization": f"Basic {basic}", "Accept": "application/json"},
            timeout=timeout, proxy=proxy or None, verify=ca_bundle or True, transport=transport,
            follow_redirects=False)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> AdoClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- URLs

    def url(self, path: str, *, project: bool = True) -> str:
        base = f"{self.org_url}/{quote(self.project, safe='')}" if project else self.org_url
        return f"{base}/_apis/{path.lstrip('/')}"

    # -- calls

    def request(self, method: str, path: str, *, params: dict[str, Any] | None = None, json: Any = None,
                content: bytes | None = None, headers: dict[str, str] | None = None, project: bool = True,
                what: str = "") -> httpx.Response:
        """One call, retried on 429, 5xx, timeouts and dropped connections; raises AdoError otherwise."""
        query = {"api-version": API_VERSION, **(params or {})}
        url = self.url(path, project=project)
        label = what or f"{method} {path.split('?')[0]}"
        delay = 1.0
        for attempt in range(1, self.attempts + 1):
            try:
                response = self._http.request(method, url, params=query, json=json, content=content,
                                              headers=headers)
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as error:
                if attempt == self.attempts:
                    raise AdoError(f"Azure DevOps did not answer {label} after {attempt} attempts "
                                   f"({type(error).__name__}); check the network, proxy and organisation URL") from None
                self.sleep(delay)
                delay = min(delay * 2, 30.0)
                continue
            if response.status_code in RETRIED and attempt < self.attempts:
                self.sleep(_retry_after(response, delay))
                delay = min(delay * 2, 30.0)
                continue
            if response.status_code >= 400:
                raise _error(response, label)
            return response
        raise AssertionError("unreachable")  # the loop returns or raises

    def get(self, path: str, *, params: dict[str, Any] | None = None, project: bool = True, what: str = "") -> Any:
        return _json(self.request("GET", path, params=params, project=project, what=what), what or path)

    def paged(self, path: str, *, params: dict[str, Any] | None = None, what: str = "") -> Iterator[Any]:
        """Every item of a list, following the continuation token."""
        token: str | None = None
        while True:
            query = dict(params or {})
            if token:
                query["continuationToken"] = token
            response = self.request("GET", path, params=query, what=what)
            body = _json(response, what or path)
            yield from body.get("value", []) if isinstance(body, dict) else []
            token = response.headers.get("x-ms-continuationtoken")
            if not token:
                return


def _retry_after(response: httpx.Response, default: float) -> float:
    given = response.headers.get("Retry-After", "")
    try:
        return max(0.0, min(float(given), 120.0))
    except ValueError:
        return default


def _json(response: httpx.Response, what: str) -> Any:
    try:
        return response.json()
    except ValueError:
        raise AdoError(f"Azure DevOps answered {what} with something that is not JSON (a sign-in page? check the "
                       "organisation URL)") from None


def _error(response: httpx.Response, label: str) -> AdoError:
    status = response.status_code
    detail = ""
    try:
        body = response.json()
        if isinstance(body, dict):
            detail = str(body.get("message", ""))[:200]
    except ValueError:
        pass
    if status == 401:
        text = "the personal access token was refused (wrong, expired or revoked); run `attest ado connect` again"
    elif status == 403:
        text = "the token lacks the permission or scope for this"
    elif status == 404:
        text = "not found"
    else:
        text = f"Azure DevOps answered {status}"
    return AdoError(f"{label}: {text}" + (f" ({detail})" if detail else ""), status)
