"""Room mode in the window: the Room panel of the idea board (start, QR codes, moderation)."""
