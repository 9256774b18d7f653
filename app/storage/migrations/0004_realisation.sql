-- Schema version 4: the yearly evaluation (monitoring and evaluation, issue 15).
-- Targets of KPIs and goals get their number(s): [value] (a range's low end) and
-- [upper] (a range's high end); the text [target] stays as written (the note when it
-- holds words). Goals get a level and a direction like KPIs. Realisation rows
-- (append-only, per indicator, year and period), budget realisation cells (per
-- programme, year, period and funding source: pagu and spent) and the evaluation
-- settings (rating scheme, weights of the five aspects) are new tables.
-- Never edit this file; a change is a new numbered migration (see app/storage/schema.py).

ALTER TABLE [kpi_targets] ADD COLUMN [value] REAL;
ALTER TABLE [kpi_targets] ADD COLUMN [upper] REAL;
ALTER TABLE [goal_targets] ADD COLUMN [value] REAL;
ALTER TABLE [goal_targets] ADD COLUMN [upper] REAL;
ALTER TABLE [goals] ADD COLUMN [level] TEXT;
ALTER TABLE [goals] ADD COLUMN [direction] TEXT;
UPDATE [goals] SET [level] = 'impact', [direction] = 'higher';

CREATE TABLE "realisations" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "kpi_id" TEXT REFERENCES "kpis"("id"),
   "goal_id" TEXT REFERENCES "goals"("id"),
   "year" INTEGER,
   "period" TEXT,
   "value" REAL,
   "evidence" TEXT,
   "recorded_by" TEXT,
   "recorded_at" TEXT,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_realisations_kpi_id"
    ON "realisations" ("kpi_id");

CREATE INDEX "idx_realisations_goal_id"
    ON "realisations" ("goal_id");

CREATE TABLE "budget_realisations" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "programme_id" TEXT REFERENCES "programmes"("id"),
   "year" INTEGER,
   "period" TEXT,
   "source_id" TEXT REFERENCES "funding_sources"("id"),
   "pagu" INTEGER,
   "spent" INTEGER,
   "note" TEXT,
   "recorded_by" TEXT,
   "recorded_at" TEXT,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_budget_realisations_programme_id"
    ON "budget_realisations" ("programme_id");

CREATE INDEX "idx_budget_realisations_source_id"
    ON "budget_realisations" ("source_id");

CREATE TABLE "evaluation_settings" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "scheme" TEXT,
   "custom_scheme" TEXT,
   "weight_baseline" INTEGER,
   "weight_output" INTEGER,
   "weight_outcome" INTEGER,
   "weight_impact" INTEGER,
   "weight_quick_win" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);
