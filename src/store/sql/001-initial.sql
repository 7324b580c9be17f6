-- 001-initial.sql — schema version 1 of an organisation document (*.dpp2)
--
-- Copyright 2026 The DPP2 Toolkit authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Never edit a step that has shipped: add a new NNN-*.sql step instead.
-- Foreign keys are DEFERRABLE INITIALLY DEFERRED so that an undo step may
-- restore rows in any order inside its transaction. Deletes cascade in the
-- store (not in SQL), so that every affected row is recorded for undo.
-- "None" is NULL; an id of 0 never occurs.

CREATE TABLE document_lock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  host TEXT NOT NULL,
  pid INTEGER NOT NULL,
  since INTEGER NOT NULL
) STRICT;

CREATE TABLE organisation (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  sector TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  job_title TEXT NOT NULL DEFAULT '',
  department TEXT NOT NULL DEFAULT '',
  workplace TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE team (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  purpose TEXT NOT NULL DEFAULT '',
  leader_id INTEGER REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;

CREATE TABLE team_member (
  id INTEGER PRIMARY KEY,
  team_id INTEGER REFERENCES team (id) DEFERRABLE INITIALLY DEFERRED,
  person_id INTEGER REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
  role TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX team_member_team ON team_member (team_id);
CREATE INDEX team_member_person ON team_member (person_id);

CREATE TABLE goal (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  ambition TEXT NOT NULL DEFAULT '',
  owner_id INTEGER REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
  status INTEGER NOT NULL DEFAULT 0,
  start_date TEXT NOT NULL DEFAULT '',
  target_date TEXT NOT NULL DEFAULT '',
  kpi_name TEXT NOT NULL DEFAULT '',
  kpi_unit TEXT NOT NULL DEFAULT '',
  kpi_baseline REAL NOT NULL DEFAULT 0,
  kpi_target REAL NOT NULL DEFAULT 0,
  kpi_current REAL NOT NULL DEFAULT 0,
  disciplines INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE learning_case (
  id INTEGER PRIMARY KEY,
  goal_id INTEGER REFERENCES goal (id) DEFERRABLE INITIALLY DEFERRED,
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  -- One criterion per line; a line that starts with "[x] " is met,
  -- "[ ] " is not yet met.
  acceptance_criteria TEXT NOT NULL DEFAULT '',
  team_id INTEGER REFERENCES team (id) DEFERRABLE INITIALLY DEFERRED,
  status INTEGER NOT NULL DEFAULT 0,
  priority INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0,
  estimate INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX learning_case_goal ON learning_case (goal_id, position);
CREATE INDEX learning_case_team ON learning_case (team_id);

CREATE TABLE sprint (
  id INTEGER PRIMARY KEY,
  team_id INTEGER REFERENCES team (id) DEFERRABLE INITIALLY DEFERRED,
  name TEXT NOT NULL DEFAULT '',
  goal TEXT NOT NULL DEFAULT '',
  start_date TEXT NOT NULL DEFAULT '',
  end_date TEXT NOT NULL DEFAULT '',
  state INTEGER NOT NULL DEFAULT 0,
  review TEXT NOT NULL DEFAULT '',
  retrospective TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX sprint_team ON sprint (team_id, start_date);

CREATE TABLE board_column (
  id INTEGER PRIMARY KEY,
  team_id INTEGER REFERENCES team (id) DEFERRABLE INITIALLY DEFERRED,
  name TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  wip_limit INTEGER NOT NULL DEFAULT 0,
  is_done INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX board_column_team ON board_column (team_id, position);

CREATE TABLE card (
  id INTEGER PRIMARY KEY,
  case_id INTEGER REFERENCES learning_case (id) DEFERRABLE INITIALLY DEFERRED,
  sprint_id INTEGER REFERENCES sprint (id) DEFERRABLE INITIALLY DEFERRED,
  column_id INTEGER REFERENCES board_column (id) DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  assignee_id INTEGER REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
  points INTEGER NOT NULL DEFAULT 0,
  due_date TEXT NOT NULL DEFAULT '',
  blocked INTEGER NOT NULL DEFAULT 0,
  blocked_reason TEXT NOT NULL DEFAULT '',
  kind INTEGER NOT NULL DEFAULT 0,
  -- One item per line, "[x] " or "[ ] " first, as acceptance criteria.
  checklist TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX card_board ON card (sprint_id, column_id, position);
CREATE INDEX card_case ON card (case_id);
CREATE INDEX card_assignee ON card (assignee_id);
CREATE INDEX card_column ON card (column_id);

-- Every move of a card (created, moved to another column or sprint,
-- points changed, deleted: to_* both NULL) with its time in seconds since
-- 1970 UTC, for burndown and flow charts.
CREATE TABLE card_history (
  id INTEGER PRIMARY KEY,
  card_id INTEGER NOT NULL,
  time INTEGER NOT NULL,
  from_sprint_id INTEGER,
  from_column_id INTEGER,
  to_sprint_id INTEGER,
  to_column_id INTEGER,
  points INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX card_history_card ON card_history (card_id, time);
CREATE INDEX card_history_from_sprint ON card_history (from_sprint_id, time);
CREATE INDEX card_history_to_sprint ON card_history (to_sprint_id, time);

CREATE TABLE best_practice (
  id INTEGER PRIMARY KEY,
  case_id INTEGER REFERENCES learning_case (id) DEFERRABLE INITIALLY DEFERRED,
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  status INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX best_practice_case ON best_practice (case_id);
