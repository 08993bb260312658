"""Fetch a page the user asked to add: the only network use in corpus.

Bounded in time (a timeout on connecting and on each read, and a deadline for the whole body) and
in size (Content-Length is checked before reading, the body is read up to the limit); the content
type must be one the format registry reads. Every failure is an InputError naming the URL.
"""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from . import formats
from .errors import InputError

DEFAULT_TIMEOUT = 30.0
_CHUNK = 64 * 1024
USER_AGENT = "corpus-compare/0.1 (adds one page a user asked for)"


@dataclass(frozen=True)
class Fetched:
    url: str            # where the body came from, after redirects
    data: bytes
    media_type: str     # e.g. text/html, lower case, without parameters
    charset: str | None


def fetch(url: str, *, max_size: int, timeout: float | None = None) -> Fetched:
    """GET url; refuse slow, large, failing or non-document answers with one clear error."""
    timeout = DEFAULT_TIMEOUT if timeout is None else timeout
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(url, "is not an http(s) URL with a host name", "Give the address as https://host/path")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ", ".join(formats.media_types())})
    deadline = time.monotonic() + timeout
    try:
        with _opener().open(request, timeout=timeout) as response:
            media_type, charset = _content_type(response.headers)
            _check_type(url, media_type)
            _check_length(url, response.headers.get("Content-Length"), max_size)
            data = _read_body(url, response, max_size, deadline)
            return Fetched(response.geturl(), data, media_type, charset)
    except urllib.error.HTTPError as error:
        raise InputError(url, f"the server answered {error.code} {error.reason}",
                         "Check the address in a browser; the page may have moved or need a login") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise _timed_out(url, timeout) from None
        raise InputError(url, f"could not be fetched ({reason})",
                         "Check the address and the network connection, or save the page and add the file") from None
    except TimeoutError:
        raise _timed_out(url, timeout) from None
    except (OSError, ValueError) as error:  # connection reset, bad status line, malformed URL
        raise InputError(url, f"could not be fetched ({error})",
                         "Try again, or save the page and add the file") from None


def _opener() -> urllib.request.OpenerDirector:
    """http and https only (urllib's default also follows a redirect to ftp:), honouring proxy settings."""
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(), urllib.request.HTTPSHandler(),
                    urllib.request.HTTPRedirectHandler(), urllib.request.HTTPDefaultErrorHandler(),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


def _content_type(headers: Message) -> tuple[str, str | None]:
    return headers.get_content_type().lower() if headers.get("Content-Type") else "", headers.get_content_charset()


def _check_type(url: str, media_type: str) -> None:
    if media_type in formats.UNTYPED or formats.by_media_type(media_type):
        return
    raise InputError(url, f"the server sent {media_type}, which is not a document format corpus reads",
                     f"Link to the page itself ({', '.join(formats.names())}), or save the file and convert it")


def _check_length(url: str, length: str | None, max_size: int) -> None:
    from .readers import too_big

    if length and length.isdigit() and int(length) > max_size:
        raise too_big(url, max_size, int(length))


def _read_body(url: str, response, max_size: int, deadline: float) -> bytes:
    from .readers import too_big

    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(url, "took too long to send the page", "Try again later, or save the page and add the file")
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_size:
            raise too_big(url, max_size)
        chunks.append(chunk)


def _timed_out(url: str, timeout: float) -> InputError:
    return InputError(url, f"did not answer within {timeout:g} seconds",
                      "Try again later, or save the page and add the file")
