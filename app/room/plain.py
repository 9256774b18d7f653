"""The phone page without JavaScript: plain HTML forms, a cookie, and POST-redirect-GET.

A phone whose browser runs no script (or whose script has not arrived yet over
a slow network) joins with a form; the device token the JSON API hands out as
a Bearer token is kept here in a cookie instead: ``HttpOnly`` (no script can
read it) and ``SameSite=Strict`` (a page of another site cannot make the
browser send it). Every form also carries an anti-forgery value the server
checks: the join form the value of a cookie of its own (double submit), the
others an HMAC of the device token under the room's secret. A post whose
``Origin`` or ``Sec-Fetch-Site`` names another site is refused as well.

Each post answers with a redirect (303) to a page, so reloading the page
never sends a card twice. The checks, rate limits and body cap are the API's:
cards and votes go through the same parsers and the same job queue.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlencode

from app import i18n
from app.room import pages
from app.room.contract import MAX_TEXT, ApiError, parse_card, parse_join, parse_vote
from app.room.jobs import Job, JobQueue
from app.room.limits import Limiter
from app.room.state import Device, RoomState

TOKEN_COOKIE = "rencana"
FORM_COOKIE = "rencana-form"
LANG_COOKIE = "rencana-lang"
COOKIE_SECONDS = 12 * 3600  # a workshop day; a restarted room has forgotten the token anyway
MAX_FIELDS = 12
ROUTES = {  # path -> the methods it takes
    "/join": ("GET", "HEAD", "POST"),
    "/cards": ("GET", "HEAD", "POST"),
    "/vote": ("POST",),
    "/leave": ("POST",),
    "/lang": ("GET", "HEAD"),
}
NOTICES = {"sent": "Sent. The card waits for the facilitator.", "voted": "Your vote is counted."}
RESTARTED = "The room was restarted. Please join again."
EXPIRED = "This form has expired; open the page again and send it once more."
_FORM_VALUE = re.compile(r"[A-Za-z0-9_-]{16,64}")
_VOTES = re.compile(r"[0-9]{1,4}")


@dataclass(frozen=True)
class Request:
    """What a page needs of an HTTP request (read by the server's handler)."""

    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    cookies: dict[str, str] = field(default_factory=dict)
    form: dict[str, str] = field(default_factory=dict)
    address: str = ""


@dataclass
class Reply:
    """A page (``body``) or a redirect (``location``), with cookies to set."""

    status: int
    body: str = ""
    location: str = ""
    cookies: list[str] = field(default_factory=list)


def language(cookies: dict[str, str]) -> str:
    """Return the page language the phone chose (Indonesian unless it chose English)."""
    return "en" if cookies.get(LANG_COOKIE) == "en" else "id"


def parse_cookies(headers: list[str]) -> dict[str, str]:
    """Return {name: value} of Cookie headers (the first of a name wins; junk is skipped)."""
    found: dict[str, str] = {}
    for header in headers:
        for part in header.split(";"):
            name, equals, value = part.strip().partition("=")
            if equals and name and name not in found:
                found[name] = value.strip().strip('"')
    return found


def parse_form(raw: bytes, content_type: str) -> dict[str, str]:
    """Return the fields of a urlencoded form body (first value of each); raise ApiError(400)."""
    if content_type.split(";")[0].strip().lower() != "application/x-www-form-urlencoded":
        raise ApiError(400, "Send the form from the room's page.")
    try:
        fields = parse_qs(raw.decode("utf-8"), keep_blank_values=True,
                          max_num_fields=MAX_FIELDS)
    except (UnicodeDecodeError, ValueError):
        raise ApiError(400, "The form could not be read.") from None
    return {name: values[0] for name, values in fields.items()}


def cookie(name: str, value: str, seconds: int | None = COOKIE_SECONDS) -> str:
    """Return a Set-Cookie value: the whole room, HttpOnly, SameSite=Strict."""
    age = f"; Max-Age={seconds}" if seconds is not None else ""
    return f"{name}={value}; Path=/{age}; HttpOnly; SameSite=Strict"


def error_reply(exc: ApiError, request: Request) -> Reply:
    """Return the page saying why ``request`` was refused, with a link back."""
    lang = language(request.cookies)
    back = "/cards" if request.path in ("/cards", "/vote", "/leave") else "/join"
    message = exc.message(lang)
    if exc.status == 413:
        message = i18n.translate("The card is too long to send; shorten it.", lang)
    return Reply(exc.status, pages.error_page(lang, message, back))


class Pages:
    """Answers the form routes of one room (on the server's threads; never touches SQLite)."""

    def __init__(self, state: RoomState, jobs: JobQueue, by_device: Limiter,
                 failed_joins: Limiter) -> None:
        self.state = state
        self.jobs = jobs
        self.by_device = by_device
        self.failed_joins = failed_joins
        self._secret = secrets.token_bytes(32)

    def answer(self, request: Request) -> Reply:
        """Return the reply to ``request`` (a route of ROUTES); raise ApiError to refuse it."""
        method = "GET" if request.method == "HEAD" else request.method
        route = {
            ("/join", "GET"): self._join_form, ("/join", "POST"): self._join,
            ("/cards", "GET"): self._cards, ("/cards", "POST"): self._send_card,
            ("/vote", "POST"): self._vote, ("/leave", "POST"): self._leave,
            ("/lang", "GET"): self._language,
        }[(request.path, method)]
        return route(request, language(request.cookies))

    # -- joining -------------------------------------------------------------------------

    def _join_form(self, request: Request, lang: str) -> Reply:
        if self._device(request)[0] is not None:
            return Reply(303, location="/cards")
        form_value, cookies = self._form_value(request)
        notice = i18n.translate(RESTARTED, lang) if request.query.get("again") else ""
        page = pages.join_page(lang, form_value, notice=notice, name=request.query.get("name", ""),
                               code=request.query.get("code", ""),
                               draft=request.query.get("draft", "")[:MAX_TEXT])
        return Reply(200, page, cookies=cookies)

    def _join(self, request: Request, lang: str) -> Reply:
        form = request.form
        expected = request.cookies.get(FORM_COOKIE, "")
        if not expected or not hmac.compare_digest(form.get("form", "").encode(),
                                                   expected.encode()):
            raise ApiError(403, EXPIRED)
        draft = form.get("draft", "")[:MAX_TEXT]
        try:
            code, name = parse_join({"code": form.get("code", ""), "name": form.get("name", "")})
            if not self.failed_joins.has(request.address):
                raise ApiError(429, "Too many wrong codes; wait a few minutes.")
            token = self._join_as(code, name, request.address)
        except ApiError as exc:
            if exc.status == 429:
                raise
            page = pages.join_page(lang, expected, error=exc.message(lang),
                                   name=form.get("name", ""), draft=draft)
            return Reply(exc.status, page)
        location = "/cards" + ("?" + urlencode({"draft": draft}) if draft else "")
        return Reply(303, location=location, cookies=[cookie(TOKEN_COOKIE, token)])

    def _join_as(self, code: str, name: str, address: str) -> str:
        try:
            return self.state.join(code, name, address)
        except ApiError as exc:
            if exc.status == 403:
                self.failed_joins.allow(address)
            raise

    def _form_value(self, request: Request) -> tuple[str, list[str]]:
        """Return the join form's anti-forgery value, and the cookie to set when it is new."""
        value = request.cookies.get(FORM_COOKIE, "")
        if _FORM_VALUE.fullmatch(value):
            return value, []
        value = secrets.token_urlsafe(18)
        return value, [cookie(FORM_COOKIE, value, None)]

    # -- the joined phone's page --------------------------------------------------------

    def _cards(self, request: Request, lang: str) -> Reply:
        device, token = self._device(request)
        if device is None:
            return self._rejoin(request)
        self._limit(token)
        notice = next((i18n.translate(text, lang) for key, text in NOTICES.items()
                       if request.query.get(key)), "")
        draft = request.query.get("draft", "")[:MAX_TEXT]
        if draft:
            notice = i18n.translate("Your card is still here: send it now.", lang)
        return Reply(200, self._page(lang, device, token, notice=notice, text=draft))

    def _send_card(self, request: Request, lang: str) -> Reply:
        device, token = self._device(request)
        fields = {name: request.form.get(name, "") for name in ("text", "kind", "dimension",
                                                                "key")}
        if device is None:  # the room restarted: join again, the card comes along
            form_value, cookies = self._form_value(request)
            page = pages.join_page(lang, form_value, notice=i18n.translate(RESTARTED, lang),
                                   draft=fields["text"][:MAX_TEXT])
            return Reply(401, page, cookies=[*cookies, cookie(TOKEN_COOKIE, "", 0)])
        self._check_form(request, token)
        self._limit(token)
        try:
            self.jobs.submit(Job("card", device, parse_card(dict(fields))))
        except ApiError as exc:
            return Reply(exc.status, self._page(lang, device, token, error=exc.message(lang),
                                                text=fields["text"], kind=fields["kind"],
                                                dimension=fields["dimension"]))
        return Reply(303, location="/cards?sent=1")

    def _vote(self, request: Request, lang: str) -> Reply:
        device, token = self._device(request)
        if device is None:
            return self._rejoin(request)
        self._check_form(request, token)
        self._limit(token)
        votes = request.form.get("votes", "")
        try:
            if not _VOTES.fullmatch(votes):
                raise ApiError(400, "The field {field} must be a whole number.", field="votes")
            card_id, count = parse_vote({"card_id": request.form.get("card_id", ""),
                                         "votes": int(votes)})
            self.jobs.submit(Job("vote", device, (card_id, count)))
        except ApiError as exc:
            return Reply(exc.status, self._page(lang, device, token, error=exc.message(lang)))
        return Reply(303, location="/cards?voted=1#vote")

    def _leave(self, request: Request, lang: str) -> Reply:
        device, token = self._device(request)
        if device is not None:
            self._check_form(request, token)
        return Reply(303, location="/join", cookies=[cookie(TOKEN_COOKIE, "", 0)])

    def _language(self, request: Request, lang: str) -> Reply:
        chosen = "en" if request.query.get("to") == "en" else "id"
        back = request.query.get("next", "")
        back = back if back in ("/join", "/cards") else "/join"
        return Reply(303, location=back, cookies=[cookie(LANG_COOKIE, chosen, 365 * 86400)])

    def _page(self, lang: str, device: Device, token: str, **shown: str) -> str:
        return pages.cards_page(lang, self.state.view(device), self.form_token(token),
                                secrets.token_urlsafe(12), **shown)

    # -- who is asking -------------------------------------------------------------------

    def _device(self, request: Request) -> tuple[Device | None, str]:
        token = request.cookies.get(TOKEN_COOKIE, "")
        return (self.state.device(token) if token else None), token

    def _rejoin(self, request: Request) -> Reply:
        """Send a phone without a valid token to the join page (saying why, if it had one)."""
        if request.cookies.get(TOKEN_COOKIE):
            return Reply(303, location="/join?again=1", cookies=[cookie(TOKEN_COOKIE, "", 0)])
        return Reply(303, location="/join")

    def _limit(self, token: str) -> None:
        if not self.by_device.allow(token):
            raise ApiError(429, "Too many requests; wait a moment.")

    def form_token(self, token: str) -> str:
        """Return the anti-forgery value of the forms of the device holding ``token``."""
        return hmac.new(self._secret, token.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def _check_form(self, request: Request, token: str) -> None:
        if not hmac.compare_digest(request.form.get("csrf", "").encode("utf-8"),
                                   self.form_token(token).encode("utf-8")):
            raise ApiError(403, EXPIRED)


i18n.register({
    NOTICES["sent"]: "Terkirim. Kartu menunggu fasilitator.",
    NOTICES["voted"]: "Suara Anda tercatat.",
    RESTARTED: "Ruang dibuka ulang. Silakan bergabung lagi.",
    EXPIRED: "Formulir ini kedaluwarsa; buka halamannya lagi dan kirim sekali lagi.",
    "Your card is still here: send it now.": "Kartu Anda masih di sini: kirim sekarang.",
    "The card is too long to send; shorten it.": "Kartu terlalu panjang untuk dikirim; "
                                                 "persingkat.",
    "Send the form from the room's page.": "Kirim formulir dari halaman ruang.",
    "The form could not be read.": "Formulir tidak dapat dibaca.",
    "This page came from another site; open the address on the screen.":
        "Halaman ini datang dari situs lain; buka alamat yang ada di layar.",
})
