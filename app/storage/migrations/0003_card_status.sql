-- Schema version 3: room mode (issue 13). A card sent from a phone is stored at once
-- as 'pending' and reaches the board only when the facilitator accepts it.
-- status: accepted | pending | rejected | merged; every card made before is accepted.
-- Never edit this file; a change is a new numbered migration (see app/storage/schema.py).

ALTER TABLE [cards] ADD COLUMN [status] TEXT;
UPDATE [cards] SET [status] = 'accepted';
