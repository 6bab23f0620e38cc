ALTER TABLE jixiao_report ADD COLUMN title TEXT NOT NULL DEFAULT ''
;
ALTER TABLE jixiao_report ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
;
ALTER TABLE jixiao_report ADD COLUMN budget_fen BIGINT
;
ALTER TABLE jixiao_report ADD COLUMN spent_fen BIGINT
;
ALTER TABLE jixiao_report ADD COLUMN carryover_out_fen BIGINT
;
ALTER TABLE jixiao_report ADD COLUMN last_save_id TEXT NOT NULL DEFAULT ''
;
ALTER TABLE jixiao_history ADD COLUMN summary TEXT NOT NULL DEFAULT ''
;
ALTER TABLE jixiao_history ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
;
ALTER TABLE jixiao_history ADD COLUMN started_at BIGINT NOT NULL DEFAULT 0
;
UPDATE jixiao_history SET started_at = saved_at
;
CREATE TABLE jixiao_comment (id INTEGER PRIMARY KEY AUTOINCREMENT, report_id BIGINT NOT NULL, field_path TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL, body TEXT NOT NULL, resolved INTEGER NOT NULL DEFAULT 0)
;
CREATE INDEX jixiao_comment_report ON jixiao_comment (report_id, id)
