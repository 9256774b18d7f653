"""Room mode: phones on the room's Wi-Fi send cards and dot votes to the facilitator's laptop.

``server`` answers the phones over HTTP on its own threads and never touches
SQLite; every write is a ``Job`` handed through a thread-safe queue to the
thread that owns the workbook (the window's GUI thread, or the headless loop
of ``main.py room``), where ``desk`` stores it through app.ops, one
transaction per card or vote. ``state`` is what both sides share under one
lock: the join code, the devices and their votes, and a snapshot of the
cards phones may see. ``moderation`` holds the facilitator's reversible
decisions (accept, edit, merge, reject).
"""
