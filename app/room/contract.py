"""The JSON the phones send: parsed and checked before anything else looks at it.

Every failure is an ``ApiError`` carrying the HTTP status and one sentence
(English template, translated through app.i18n for the phone's language).
Bodies are capped at MAX_BODY bytes before they are read; card text at
MAX_TEXT characters after cleaning (control characters removed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app import i18n, model
from app.text import clean_text

MAX_BODY = 2048  # bytes of a request body: a 280-character card in JSON fits easily
MAX_TEXT = 280  # characters of a card sent from a phone
MAX_NAME = 60  # characters of a team or device name
MAX_KEY = 64  # characters of the phone's own key for a card (makes a resend harmless)

# Kinds a phone may name, in English (the stored code) or in Indonesian.
KIND_WORDS = {
    "ide": "idea", "masalah": "problem", "kekuatan": "strength", "kelemahan": "weakness",
    "peluang": "opportunity", "ancaman": "threat", "isu": "issue", "kesenjangan": "gap",
    **{kind: kind for kind in model.CARD_KINDS},
}


class ApiError(Exception):
    """A request the room refuses: an HTTP status and one sentence (an English template)."""

    def __init__(self, status: int, template: str, **params: Any) -> None:
        super().__init__(template.format(**params))
        self.status = status
        self.template = template
        self.params = params

    def message(self, lang: str = "en") -> str:
        """Return the sentence in ``lang``."""
        return i18n.translate(self.template, lang).format(**self.params)


@dataclass(frozen=True)
class CardRequest:
    """A card as a phone sent it, checked: text cleaned, kind a code, dimension a code or ''."""

    text: str
    kind: str
    dimension: str
    key: str


def parse_object(raw: bytes) -> dict[str, Any]:
    """Return the JSON object in ``raw``; raise ApiError(400) for anything else."""
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ApiError(400, "The request is not valid JSON.") from None
    if not isinstance(value, dict):
        raise ApiError(400, "The request must be a JSON object.")
    return value


def _string(body: dict[str, Any], name: str, *, required: bool = False) -> str:
    value = body.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise ApiError(400, "The field {field} must be text.", field=name)
    return value


def parse_join(body: dict[str, Any]) -> tuple[str, str]:
    """Return (code, name) of a join request; the name may be empty (a default is given)."""
    code = body.get("code")
    if isinstance(code, int) and not isinstance(code, bool) and 0 <= code < 10**6:
        code = f"{code:06d}"
    if not isinstance(code, str):
        raise ApiError(403, "The join code is wrong.")
    name = clean_text(_string(body, "name"), single_line=True)
    if len(name) > MAX_NAME:
        raise ApiError(422, "The name is too long (at most {limit} characters).",
                       limit=MAX_NAME)
    return code.strip(), name


def parse_card(body: dict[str, Any]) -> CardRequest:
    """Return the checked card of a request; raise ApiError(400 or 422)."""
    text = clean_text(_string(body, "text", required=True))
    if not text:
        raise ApiError(422, "The card is empty.")
    if len(text) > MAX_TEXT:
        raise ApiError(422, "The card is too long ({length} characters; at most {limit}).",
                       length=len(text), limit=MAX_TEXT)
    word = clean_text(_string(body, "kind"), single_line=True).casefold()
    kind = KIND_WORDS.get(word) if word else "idea"
    if kind is None:
        raise ApiError(422, "Unknown kind of card: {kind}.", kind=word[:40])
    dimension = clean_text(_string(body, "dimension"), single_line=True)
    key = clean_text(_string(body, "key"), single_line=True)
    if len(dimension) > 20 or len(key) > MAX_KEY:
        raise ApiError(422, "The dimension or the key is too long.")
    return CardRequest(text, kind, dimension, key)


def parse_vote(body: dict[str, Any]) -> tuple[str, int]:
    """Return (card id, votes) of a vote request: the device's dots on that card, 0 or more."""
    card_id = _string(body, "card_id", required=True)
    votes = body.get("votes")
    if not isinstance(votes, int) or isinstance(votes, bool):
        raise ApiError(400, "The field {field} must be a whole number.", field="votes")
    if votes < 0:
        raise ApiError(422, "Votes cannot be negative.")
    return card_id, votes


i18n.register({
    "The request is not valid JSON.": "Permintaan ini bukan JSON yang sah.",
    "The request must be a JSON object.": "Permintaan harus berupa objek JSON.",
    "The field {field} must be text.": "Kolom {field} harus berupa teks.",
    "The field {field} must be a whole number.": "Kolom {field} harus berupa bilangan bulat.",
    "The join code is wrong.": "Kode bergabung salah.",
    "The name is too long (at most {limit} characters).":
        "Nama terlalu panjang (paling banyak {limit} karakter).",
    "The card is empty.": "Kartu masih kosong.",
    "The card is too long ({length} characters; at most {limit}).":
        "Kartu terlalu panjang ({length} karakter; paling banyak {limit}).",
    "Unknown kind of card: {kind}.": "Jenis kartu tidak dikenal: {kind}.",
    "The dimension or the key is too long.": "Dimensi atau kuncinya terlalu panjang.",
    "Votes cannot be negative.": "Suara tidak boleh negatif.",
})
