CREATE TABLE jixiao_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)
;
INSERT INTO jixiao_meta (key, value) VALUES ('application', 'jixiao')
;
CREATE TABLE jixiao_report (id INTEGER PRIMARY KEY AUTOINCREMENT, department TEXT NOT NULL, year INTEGER NOT NULL, revision INTEGER NOT NULL, content TEXT NOT NULL, updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL DEFAULT '', UNIQUE (department, year))
;
CREATE TABLE jixiao_history (id INTEGER PRIMARY KEY AUTOINCREMENT, report_id BIGINT NOT NULL, department TEXT NOT NULL, year INTEGER NOT NULL, revision INTEGER NOT NULL, action TEXT NOT NULL, content TEXT NOT NULL, saved_at BIGINT NOT NULL, saved_by TEXT NOT NULL DEFAULT '')
;
CREATE INDEX jixiao_history_report ON jixiao_history (report_id, id)
