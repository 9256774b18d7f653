-- Schema version 2: a KPI that can be evaluated (monitoring and evaluation, issue 15).
-- level: output | outcome | impact; direction: higher | lower | range | milestone;
-- baseline_value: the baseline as a number (the text baseline stays, as written);
-- baseline_year: the year the baseline was measured.
-- Never edit this file; a change is a new numbered migration (see app/storage/schema.py).

ALTER TABLE [kpis] ADD COLUMN [level] TEXT;
ALTER TABLE [kpis] ADD COLUMN [direction] TEXT;
ALTER TABLE [kpis] ADD COLUMN [baseline_value] REAL;
ALTER TABLE [kpis] ADD COLUMN [baseline_year] INTEGER;
UPDATE [kpis] SET [level] = 'output', [direction] = 'higher';
