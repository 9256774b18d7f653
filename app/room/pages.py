"""The phone page as server-rendered HTML, for phones without JavaScript.

Every text that comes from a phone, the workbook or a request goes through
``esc`` (html.escape, quotes included), in element content and attribute
values alike. The pages carry no script and no inline style (the room's
Content-Security-Policy forbids both): they use /room.css only.
"""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import urlencode

from app import i18n
from app.documents.words import CARD_KINDS
from app.room.contract import KIND_WORDS, MAX_NAME, MAX_TEXT

STATUS_WORDS = {"pending": "Waiting", "accepted": "Accepted", "rejected": "Not used",
                "merged": "Merged"}
# A card kind's name on the phone: the Indonesian word a phone may also send, or English.
KIND_NAMES = {"id": {code: word.capitalize() for word, code in KIND_WORDS.items() if word != code},
              "en": CARD_KINDS}
OTHER_LANGUAGE = {"id": ("en", "English"), "en": ("id", "Bahasa Indonesia")}


def esc(value: object) -> str:
    """Return ``value`` as text safe in HTML content and in quoted attribute values."""
    return escape(str(value), quote=True)


def tr(text: str, lang: str, **values: Any) -> str:
    """Return ``text`` in ``lang`` with ``values`` filled in, escaped for HTML."""
    return esc(i18n.translate(text, lang).format(**values))


def document(lang: str, here: str, body: str) -> str:
    """Return a whole page: the header with the language link, then ``body``."""
    other, label = OTHER_LANGUAGE[lang]
    switch = "/lang?" + urlencode({"to": other, "next": here})
    return (
        f'<!doctype html>\n<html lang="{esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>{tr("Rencana room", lang)}</title>\n'
        '<link rel="icon" href="/icon.svg" type="image/svg+xml">\n'
        '<link rel="stylesheet" href="/room.css">\n</head>\n<body>\n'
        f'<header><h1>{tr("Rencana room", lang)}</h1>'
        f'<a class="link" href="{esc(switch)}" lang="{esc(other)}">{esc(label)}</a></header>\n'
        f"<main>\n{body}</main>\n</body>\n</html>\n")


def status_line(text: str, bad: bool = False) -> str:
    """Return the status box saying ``text`` (already escaped), or nothing."""
    if not text:
        return ""
    kind = "status bad" if bad else "status"
    return f'<p class="{kind}" role="{"alert" if bad else "status"}">{text}</p>\n'


def hidden(name: str, value: str) -> str:
    """Return a hidden form field."""
    return f'<input type="hidden" name="{esc(name)}" value="{esc(value)}">'


def join_page(lang: str, form_value: str, *, notice: str = "", error: str = "",
              code: str = "", name: str = "", draft: str = "") -> str:
    """Return the join form: the code on the screen and a team name.

    ``draft`` is a card the phone could not send because the room had restarted:
    it rides along and fills the card form again after joining.
    """
    body = (
        status_line(esc(notice)) + status_line(esc(error), bad=True)
        + f'<section id="join">\n<h2>{tr("Join the room", lang)}</h2>\n'
        '<form method="post" action="/join" autocomplete="off">\n'
        + hidden("form", form_value) + (hidden("draft", draft) if draft else "")
        + f'\n<label for="code">{tr("Code on the screen", lang)}</label>\n'
        '<input id="code" name="code" inputmode="numeric" pattern="[0-9]{6}" maxlength="6" '
        f'value="{esc(code[:6])}" required>\n'
        f'<label for="name">{tr("Team name", lang)}</label>\n'
        f'<input id="name" name="name" maxlength="{MAX_NAME}" value="{esc(name)}" required>\n'
        f'<button type="submit">{tr("Join", lang)}</button>\n</form>\n</section>\n')
    return document(lang, "/join", body)


def cards_page(lang: str, view: dict[str, Any], csrf: str, key: str, *, notice: str = "",
               error: str = "", text: str = "", kind: str = "", dimension: str = "") -> str:
    """Return the joined phone's page: the card form, its own cards, and voting when open."""
    body = (status_line(esc(notice)) + status_line(esc(error), bad=True)
            + _card_form(lang, view, csrf, key, text, kind, dimension)
            + _own_cards(lang, view) + _voting(lang, view, csrf)
            + '<footer><a class="link" href="/cards">'
            + tr("Refresh the page", lang) + '</a>\n<form method="post" action="/leave">'
            + hidden("csrf", csrf) + f'<button type="submit" class="link">{tr("Leave", lang)}'
            '</button></form></footer>\n')
    return document(lang, "/cards", body)


def _card_form(lang: str, view: dict[str, Any], csrf: str, key: str, text: str, kind: str,
               dimension: str) -> str:
    team = view["name"]
    who = (tr("Team: {name} · {session}", lang, name=team, session=view["session"])
           if view["session"] else tr("Team: {name}", lang, name=team))
    kinds = [("", "-")] + [(code, KIND_NAMES[lang][code]) for code in CARD_KINDS]
    dimensions = [("", "-")] + [
        (d["code"], f'{d["code"]} {d["name_en"] if lang == "en" else d["name_id"]}')
        for d in view["dimensions"]]
    return (
        f'<section id="write">\n<h2>{tr("Write a card", lang)}</h2>\n'
        f'<p class="muted">{who}</p>\n<form method="post" action="/cards" autocomplete="off">\n'
        + hidden("csrf", csrf) + hidden("key", key)
        + f'\n<label for="text">{tr("Your idea", lang)}</label>\n'
        f'<textarea id="text" name="text" maxlength="{MAX_TEXT}" rows="4" required>'
        f'{esc(text)}</textarea>\n'
        f'<p class="counter">{tr("At most {limit} characters.", lang, limit=MAX_TEXT)}</p>\n'
        '<div class="row">\n<div>\n'
        f'<label for="kind">{tr("Kind (optional)", lang)}</label>\n'
        + _select("kind", kinds, kind) + '\n</div>\n<div>\n'
        f'<label for="dimension">{tr("Dimension (optional)", lang)}</label>\n'
        + _select("dimension", dimensions, dimension) + '\n</div>\n</div>\n'
        f'<button type="submit" id="send">{tr("Send", lang)}</button>\n</form>\n</section>\n')


def _select(name: str, options: list[tuple[str, str]], chosen: str) -> str:
    items = "".join(
        f'<option value="{esc(value)}"{" selected" if value == chosen else ""}>{esc(label)}'
        "</option>" for value, label in options)
    return f'<select id="{esc(name)}" name="{esc(name)}">{items}</select>'


def _own_cards(lang: str, view: dict[str, Any]) -> str:
    mine = [card for card in view["cards"] if card["mine"]][::-1]  # newest first
    items = "".join(
        f'<li><div class="text">{esc(card["text"])}</div>'
        f'<span class="badge {esc(card["status"])}">'
        f'{tr(STATUS_WORDS.get(card["status"], "Waiting"), lang)}</span></li>\n'
        for card in mine)
    listed = (f'<ul id="my-cards" class="cards">\n{items}</ul>\n' if mine else
              f'<p class="muted">{tr("No cards yet.", lang)}</p>\n')
    return f'<section id="mine">\n<h2>{tr("My cards", lang)}</h2>\n{listed}</section>\n'


def _voting(lang: str, view: dict[str, Any], csrf: str) -> str:
    voting = view["voting"]
    accepted = [card for card in view["cards"] if card["status"] == "accepted"]
    if not voting["open"] or not accepted:
        return ""
    items = "".join(_vote_item(lang, card, csrf, voting["left"]) for card in accepted)
    left = tr("Votes left: {left} of {budget}", lang, left=voting["left"],
              budget=voting["budget"])
    return (f'<section id="vote">\n<h2>{tr("Vote for the best ideas", lang)}</h2>\n'
            f'<p class="left">{left}</p>\n<ul id="board-cards" class="cards">\n{items}</ul>\n'
            "</section>\n")


def _vote_item(lang: str, card: dict[str, Any], csrf: str, left: int) -> str:
    given = int(card["my_votes"])
    less, more = tr("Remove a vote", lang), tr("Add a vote", lang)
    return (
        f'<li><div class="text">{esc(card["text"])}</div>'
        '<form class="dots" method="post" action="/vote">'
        + hidden("csrf", csrf) + hidden("card_id", card["id"])
        + f'<button type="submit" name="votes" value="{max(0, given - 1)}" title="{less}" '
        f'aria-label="{less}"{" disabled" if given == 0 else ""}>\u2212</button>'
        f'<span class="mine">{given}</span>'
        f'<button type="submit" name="votes" value="{given + 1}" title="{more}" '
        f'aria-label="{more}"{" disabled" if left == 0 else ""}>+</button></form></li>\n')


def error_page(lang: str, message: str, back: str) -> str:
    """Return a page saying ``message`` with a link back to ``back`` (/join or /cards)."""
    body = (status_line(esc(message), bad=True)
            + f'<p><a href="{esc(back)}">{tr("Back", lang)}</a></p>\n')
    return document(lang, back, body)


i18n.register({
    "Rencana room": "Ruang Rencana",
    "Join the room": "Bergabung",
    "Code on the screen": "Kode di layar",
    "Team name": "Nama tim",
    "Join": "Gabung",
    "Write a card": "Tulis kartu",
    "Your idea": "Ide Anda",
    "At most {limit} characters.": "Paling banyak {limit} karakter.",
    "Kind (optional)": "Jenis (boleh kosong)",
    "Dimension (optional)": "Dimensi (boleh kosong)",
    "Send": "Kirim",
    "My cards": "Kartu saya",
    "No cards yet.": "Belum ada kartu.",
    "Vote for the best ideas": "Pilih ide terbaik",
    "Votes left: {left} of {budget}": "Sisa suara: {left} dari {budget}",
    "Add a vote": "Tambah satu suara",
    "Remove a vote": "Kurangi satu suara",
    "Team: {name}": "Tim: {name}",
    "Team: {name} · {session}": "Tim: {name} · {session}",
    "Waiting": "Menunggu",
    "Accepted": "Diterima",
    "Not used": "Tidak dipakai",
    "Merged": "Digabung",
    "Refresh the page": "Muat ulang halaman",
    "Leave": "Keluar",
    "Back": "Kembali",
})
