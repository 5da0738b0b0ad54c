-- An Attest workspace as schema version 1 left it: frozen, so the migration tests exercise the
-- real old layout, not whatever the first migration says today. Made with sqlite3 .dump.
BEGIN TRANSACTION;
CREATE TABLE "audit_log" (
   "seq" INTEGER PRIMARY KEY,
   "at" TEXT NOT NULL,
   "actor" TEXT,
   "action" TEXT NOT NULL,
   "entity" TEXT,
   "entity_id" TEXT,
   "details" TEXT,
   "prev_hash" TEXT NOT NULL,
   "hash" TEXT NOT NULL
);
CREATE TABLE "case_versions" (
   "id" INTEGER PRIMARY KEY,
   "case_id" INTEGER NOT NULL REFERENCES "cases"("id"),
   "version" INTEGER NOT NULL,
   "title" TEXT,
   "content" TEXT NOT NULL,
   "content_sha256" TEXT,
   "source_file" TEXT,
   "source_format" TEXT,
   "imported_at" TEXT,
   "imported_by" TEXT
);
INSERT INTO "case_versions" VALUES(1,1,1,'From schema 1','{"reference": "OLD_TC_01", "title": "From schema 1", "description": "", "preconditions": "", "test_data": "", "attributes": {}, "steps": [{"action": "Do it", "expected": "Done"}]}','x','old.yaml','attest','2025-01-01T00:00:00Z','tester');
CREATE TABLE "cases" (
   "id" INTEGER PRIMARY KEY,
   "reference" TEXT NOT NULL,
   "created_at" TEXT
);
INSERT INTO "cases" VALUES(1,'OLD_TC_01','2025-01-01T00:00:00Z');
CREATE TABLE "defects" (
   "id" INTEGER PRIMARY KEY,
   "run_id" INTEGER NOT NULL REFERENCES "runs"("id"),
   "step_index" INTEGER,
   "title" TEXT NOT NULL,
   "description" TEXT,
   "severity" TEXT NOT NULL,
   "priority" TEXT NOT NULL,
   "status" TEXT,
   "raised_by" TEXT,
   "raised_at" TEXT
);
CREATE TABLE "deviations" (
   "id" INTEGER PRIMARY KEY,
   "run_id" INTEGER NOT NULL REFERENCES "runs"("id"),
   "step_index" INTEGER,
   "kind" TEXT,
   "reason" TEXT NOT NULL,
   "recorded_by" TEXT,
   "recorded_at" TEXT
);
CREATE TABLE "evidence_items" (
   "id" INTEGER PRIMARY KEY,
   "run_id" INTEGER NOT NULL REFERENCES "runs"("id"),
   "step_index" INTEGER NOT NULL,
   "result_id" INTEGER REFERENCES "step_results"("id"),
   "sha256" TEXT NOT NULL,
   "kind" TEXT NOT NULL,
   "name" TEXT,
   "caption" TEXT,
   "size" INTEGER,
   "redaction" TEXT NOT NULL,
   "added_by" TEXT,
   "added_at" TEXT
);
INSERT INTO "evidence_items" VALUES(1,1,1,1,'ab','file','x.log','',2,'unredacted','tester','2025-01-01T00:00:01Z');
CREATE TABLE "observations" (
   "id" INTEGER PRIMARY KEY,
   "run_id" INTEGER NOT NULL REFERENCES "runs"("id"),
   "step_index" INTEGER,
   "kind" TEXT NOT NULL,
   "text" TEXT NOT NULL,
   "raised_by" TEXT,
   "raised_at" TEXT,
   "response" TEXT
);
CREATE TABLE "run_steps" (
   "id" INTEGER PRIMARY KEY,
   "run_id" INTEGER NOT NULL REFERENCES "runs"("id"),
   "step_index" INTEGER NOT NULL,
   "action" TEXT NOT NULL,
   "expected" TEXT,
   "name" TEXT
);
INSERT INTO "run_steps" VALUES(1,1,1,'Do it','Done',NULL);
CREATE TABLE "runs" (
   "id" INTEGER PRIMARY KEY,
   "case_id" INTEGER NOT NULL REFERENCES "cases"("id"),
   "case_version_id" INTEGER NOT NULL REFERENCES "case_versions"("id"),
   "reference" TEXT,
   "title" TEXT,
   "tester" TEXT,
   "environment" TEXT,
   "status" TEXT NOT NULL,
   "started_at" TEXT NOT NULL,
   "finished_at" TEXT,
   "snapshot" TEXT NOT NULL
);
INSERT INTO "runs" VALUES(1,1,1,'OLD_TC_01','From schema 1','tester','SIT','passed','2025-01-01T00:00:00Z',NULL,'{"reference": "OLD_TC_01", "title": "From schema 1", "description": "", "preconditions": "", "test_data": "", "attributes": {}, "steps": [{"action": "Do it", "expected": "Done"}]}');
CREATE TABLE "schema_version" (
   "version" INTEGER PRIMARY KEY,
   "applied_at" TEXT
);
INSERT INTO "schema_version" VALUES(1,'2026-11-24T21:40:18.712481+00:00');
CREATE TABLE "step_results" (
   "id" INTEGER PRIMARY KEY,
   "run_id" INTEGER NOT NULL REFERENCES "runs"("id"),
   "step_index" INTEGER NOT NULL,
   "status" TEXT NOT NULL,
   "actual" TEXT,
   "recorded_by" TEXT,
   "recorded_at" TEXT
);
INSERT INTO "step_results" VALUES(1,1,1,'passed','ok','tester','2025-01-01T00:00:01Z');
CREATE UNIQUE INDEX "idx_cases_reference"
    ON "cases" ("reference");
CREATE UNIQUE INDEX "idx_case_versions_case_id_version"
    ON "case_versions" ("case_id", "version");
CREATE UNIQUE INDEX "idx_run_steps_run_id_step_index"
    ON "run_steps" ("run_id", "step_index");
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
COMMIT;
