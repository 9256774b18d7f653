-- Schema version 1 of a Rencana workbook, frozen: the tables and indexes written by
-- Rencana's first release. Never edit this file; a change is a new numbered migration.
-- Each statement ends with ';' at the end of a line (see app/storage/schema.py).

CREATE TABLE "_meta" (
   "key" TEXT PRIMARY KEY,
   "value" TEXT
);

CREATE TABLE "workbook" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "region" TEXT,
   "kind" TEXT,
   "province" TEXT,
   "head_of_region" TEXT,
   "head_title" TEXT,
   "head_nip" TEXT,
   "plan_start" INTEGER,
   "plan_end" INTEGER,
   "rpjmd_start" INTEGER,
   "rpjmd_end" INTEGER,
   "vision" TEXT,
   "vision_keywords" TEXT,
   "profile" TEXT,
   "notes" TEXT,
   "framework" TEXT,
   "rating_max" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE TABLE "missions" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "position" INTEGER,
   "text" TEXT,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE TABLE "dimensions" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "code" TEXT,
   "name_id" TEXT,
   "name_en" TEXT,
   "color" TEXT,
   "position" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE TABLE "elements" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "dimension_id" TEXT REFERENCES "dimensions"("id"),
   "name_id" TEXT,
   "name_en" TEXT,
   "position" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_elements_dimension_id"
    ON "elements" ("dimension_id");

CREATE TABLE "components" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "code" TEXT,
   "name_id" TEXT,
   "name_en" TEXT,
   "description_id" TEXT,
   "description_en" TEXT,
   "position" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE TABLE "funding_sources" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "code" TEXT,
   "name_id" TEXT,
   "name_en" TEXT,
   "position" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE TABLE "organisations" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "name" TEXT,
   "abbreviation" TEXT,
   "kind" TEXT,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE TABLE "teams" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "name" TEXT,
   "dimension_id" TEXT REFERENCES "dimensions"("id"),
   "position" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_teams_dimension_id"
    ON "teams" ("dimension_id");

CREATE TABLE "people" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "name" TEXT,
   "position" TEXT,
   "organisation_id" TEXT REFERENCES "organisations"("id"),
   "team_id" TEXT REFERENCES "teams"("id"),
   "roles" TEXT,
   "phone" TEXT,
   "nip" TEXT,
   "notes" TEXT,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_people_organisation_id"
    ON "people" ("organisation_id");

CREATE INDEX "idx_people_team_id"
    ON "people" ("team_id");

CREATE TABLE "sessions" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "title" TEXT,
   "stage" TEXT,
   "start_date" TEXT,
   "end_date" TEXT,
   "venue" TEXT,
   "opened_by" TEXT,
   "narasumber" TEXT,
   "notes" TEXT,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE TABLE "agenda_items" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "session_id" TEXT REFERENCES "sessions"("id"),
   "day" TEXT,
   "time" TEXT,
   "title" TEXT,
   "speaker" TEXT,
   "position" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_agenda_items_session_id"
    ON "agenda_items" ("session_id");

CREATE TABLE "attendance" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "session_id" TEXT REFERENCES "sessions"("id"),
   "person_id" TEXT REFERENCES "people"("id"),
   "day" TEXT,
   "present" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_attendance_session_id"
    ON "attendance" ("session_id");

CREATE INDEX "idx_attendance_person_id"
    ON "attendance" ("person_id");

CREATE TABLE "minutes_items" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "session_id" TEXT REFERENCES "sessions"("id"),
   "kind" TEXT,
   "text" TEXT,
   "owner" TEXT,
   "due_date" TEXT,
   "position" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_minutes_items_session_id"
    ON "minutes_items" ("session_id");

CREATE TABLE "agreed_items" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "session_id" TEXT REFERENCES "sessions"("id"),
   "text" TEXT,
   "position" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_agreed_items_session_id"
    ON "agreed_items" ("session_id");

CREATE TABLE "signatories" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "session_id" TEXT REFERENCES "sessions"("id"),
   "person_id" TEXT REFERENCES "people"("id"),
   "name" TEXT,
   "title" TEXT,
   "nip" TEXT,
   "position" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_signatories_session_id"
    ON "signatories" ("session_id");

CREATE INDEX "idx_signatories_person_id"
    ON "signatories" ("person_id");

CREATE TABLE "clusters" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "name" TEXT,
   "session_id" TEXT REFERENCES "sessions"("id"),
   "dimension_id" TEXT REFERENCES "dimensions"("id"),
   "x" REAL,
   "y" REAL,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_clusters_session_id"
    ON "clusters" ("session_id");

CREATE INDEX "idx_clusters_dimension_id"
    ON "clusters" ("dimension_id");

CREATE TABLE "cards" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "kind" TEXT,
   "text" TEXT,
   "session_id" TEXT REFERENCES "sessions"("id"),
   "team_id" TEXT REFERENCES "teams"("id"),
   "dimension_id" TEXT REFERENCES "dimensions"("id"),
   "element_id" TEXT REFERENCES "elements"("id"),
   "component_id" TEXT REFERENCES "components"("id"),
   "cluster_id" TEXT REFERENCES "clusters"("id"),
   "votes" INTEGER,
   "x" REAL,
   "y" REAL,
   "author" TEXT,
   "position" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_cards_session_id"
    ON "cards" ("session_id");

CREATE INDEX "idx_cards_team_id"
    ON "cards" ("team_id");

CREATE INDEX "idx_cards_dimension_id"
    ON "cards" ("dimension_id");

CREATE INDEX "idx_cards_element_id"
    ON "cards" ("element_id");

CREATE INDEX "idx_cards_component_id"
    ON "cards" ("component_id");

CREATE INDEX "idx_cards_cluster_id"
    ON "cards" ("cluster_id");

CREATE TABLE "readiness" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "component_id" TEXT REFERENCES "components"("id"),
   "dimension_id" TEXT REFERENCES "dimensions"("id"),
   "rating" INTEGER,
   "narrative" TEXT,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_readiness_component_id"
    ON "readiness" ("component_id");

CREATE INDEX "idx_readiness_dimension_id"
    ON "readiness" ("dimension_id");

CREATE TABLE "evidence" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "component_id" TEXT REFERENCES "components"("id"),
   "dimension_id" TEXT REFERENCES "dimensions"("id"),
   "text" TEXT,
   "source" TEXT,
   "position" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_evidence_component_id"
    ON "evidence" ("component_id");

CREATE INDEX "idx_evidence_dimension_id"
    ON "evidence" ("dimension_id");

CREATE TABLE "goals" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "dimension_id" TEXT REFERENCES "dimensions"("id"),
   "text" TEXT,
   "indicator" TEXT,
   "unit" TEXT,
   "baseline" TEXT,
   "rpjmd_link" TEXT,
   "position" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_goals_dimension_id"
    ON "goals" ("dimension_id");

CREATE TABLE "goal_targets" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "goal_id" TEXT REFERENCES "goals"("id"),
   "year" INTEGER,
   "target" TEXT,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_goal_targets_goal_id"
    ON "goal_targets" ("goal_id");

CREATE TABLE "programmes" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "code" TEXT,
   "dimension_id" TEXT REFERENCES "dimensions"("id"),
   "element_id" TEXT REFERENCES "elements"("id"),
   "name" TEXT,
   "description" TEXT,
   "aim" TEXT,
   "problem" TEXT,
   "target_users" TEXT,
   "output" TEXT,
   "kind" TEXT,
   "lead_org_id" TEXT REFERENCES "organisations"("id"),
   "phase" TEXT,
   "start_year" INTEGER,
   "end_year" INTEGER,
   "status" TEXT,
   "rpjmd_link" TEXT,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_programmes_dimension_id"
    ON "programmes" ("dimension_id");

CREATE INDEX "idx_programmes_element_id"
    ON "programmes" ("element_id");

CREATE INDEX "idx_programmes_lead_org_id"
    ON "programmes" ("lead_org_id");

CREATE TABLE "programme_partners" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "programme_id" TEXT REFERENCES "programmes"("id"),
   "organisation_id" TEXT REFERENCES "organisations"("id"),
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_programme_partners_programme_id"
    ON "programme_partners" ("programme_id");

CREATE INDEX "idx_programme_partners_organisation_id"
    ON "programme_partners" ("organisation_id");

CREATE TABLE "budgets" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "programme_id" TEXT REFERENCES "programmes"("id"),
   "year" INTEGER,
   "source_id" TEXT REFERENCES "funding_sources"("id"),
   "amount" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_budgets_programme_id"
    ON "budgets" ("programme_id");

CREATE INDEX "idx_budgets_source_id"
    ON "budgets" ("source_id");

CREATE TABLE "kpis" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "programme_id" TEXT REFERENCES "programmes"("id"),
   "indicator" TEXT,
   "unit" TEXT,
   "baseline" TEXT,
   "position" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_kpis_programme_id"
    ON "kpis" ("programme_id");

CREATE TABLE "kpi_targets" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "kpi_id" TEXT REFERENCES "kpis"("id"),
   "year" INTEGER,
   "target" TEXT,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_kpi_targets_kpi_id"
    ON "kpi_targets" ("kpi_id");

CREATE TABLE "dependencies" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "programme_id" TEXT REFERENCES "programmes"("id"),
   "predecessor_id" TEXT REFERENCES "programmes"("id"),
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_dependencies_programme_id"
    ON "dependencies" ("programme_id");

CREATE INDEX "idx_dependencies_predecessor_id"
    ON "dependencies" ("predecessor_id");

CREATE TABLE "programme_origins" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "programme_id" TEXT REFERENCES "programmes"("id"),
   "card_id" TEXT REFERENCES "cards"("id"),
   "cluster_id" TEXT REFERENCES "clusters"("id"),
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_programme_origins_programme_id"
    ON "programme_origins" ("programme_id");

CREATE INDEX "idx_programme_origins_card_id"
    ON "programme_origins" ("card_id");

CREATE INDEX "idx_programme_origins_cluster_id"
    ON "programme_origins" ("cluster_id");

CREATE TABLE "milestones" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "programme_id" TEXT REFERENCES "programmes"("id"),
   "year" INTEGER,
   "title" TEXT,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_milestones_programme_id"
    ON "milestones" ("programme_id");

CREATE TABLE "quickwin_updates" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "programme_id" TEXT REFERENCES "programmes"("id"),
   "date" TEXT,
   "percent" INTEGER,
   "note" TEXT,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE INDEX "idx_quickwin_updates_programme_id"
    ON "quickwin_updates" ("programme_id");

CREATE TABLE "doc_settings" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "value" TEXT,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

CREATE TABLE "conflicts" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "table_name" TEXT,
   "row_id" TEXT,
   "field" TEXT,
   "kept" TEXT,
   "other" TEXT,
   "resolved" INTEGER,
   "_rev" INTEGER DEFAULT 0,
   "_device" TEXT,
   "_modified" TEXT,
   "_deleted" INTEGER DEFAULT 0,
   "_clock" TEXT DEFAULT '{}'
);

INSERT INTO [_meta] ([key], [value]) VALUES ('clock', '0');
