ALTER TABLE jixiao_report ADD COLUMN status_note TEXT NOT NULL DEFAULT ''
;
UPDATE jixiao_report SET status = CASE status WHEN 'review' THEN 'submitted' WHEN 'final' THEN 'approved' ELSE status END
;
UPDATE jixiao_history SET status = CASE status WHEN 'review' THEN 'submitted' WHEN 'final' THEN 'approved' ELSE status END
;
ALTER TABLE jixiao_comment ADD COLUMN resolved_by TEXT NOT NULL DEFAULT ''
;
ALTER TABLE jixiao_comment ADD COLUMN resolved_at BIGINT
;
CREATE TABLE jixiao_user (login TEXT PRIMARY KEY, display_name TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '', clerk INTEGER NOT NULL DEFAULT 0, reviewer INTEGER NOT NULL DEFAULT 0, admin INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)
;
CREATE TABLE jixiao_audit (id INTEGER PRIMARY KEY AUTOINCREMENT, report_id BIGINT NOT NULL, department TEXT NOT NULL, year INTEGER NOT NULL, at BIGINT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, revision INTEGER NOT NULL DEFAULT 0, from_status TEXT NOT NULL DEFAULT '', to_status TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', changes TEXT NOT NULL DEFAULT '[]')
;
CREATE INDEX jixiao_audit_report ON jixiao_audit (report_id, id)
;
CREATE TABLE jixiao_manual_score (report_id BIGINT NOT NULL, item_id TEXT NOT NULL, score_centi BIGINT, reason TEXT NOT NULL DEFAULT '', updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL DEFAULT '', PRIMARY KEY (report_id, item_id))
;
CREATE TABLE jixiao_evaluation (report_id BIGINT PRIMARY KEY, version INTEGER NOT NULL, score_centi BIGINT NOT NULL, grade TEXT NOT NULL, pending INTEGER NOT NULL, error_count INTEGER NOT NULL, warning_count INTEGER NOT NULL, budget_adjustment_rate BIGINT, basic_control_rate BIGINT, project_control_rate BIGINT, three_public_control_rate BIGINT, execution_rate BIGINT, carryover_rate BIGINT, procurement_execution_rate BIGINT, staff_control_rate BIGINT, three_public_change_rate BIGINT, carryover_change_rate BIGINT)
;
CREATE INDEX jixiao_report_year ON jixiao_report (year, department, id, revision, status, budget_fen, spent_fen, carryover_out_fen)
;
DROP INDEX jixiao_report_list
;
CREATE INDEX jixiao_report_list ON jixiao_report (department, year, id, revision, title, status, budget_fen, spent_fen, carryover_out_fen, updated_at, updated_by, status_note)
;
CREATE TRIGGER jixiao_audit_no_update BEFORE UPDATE ON jixiao_audit BEGIN SELECT RAISE(ABORT, 'JXAUD: the audit trail cannot be changed'); END
;
CREATE TRIGGER jixiao_audit_no_delete BEFORE DELETE ON jixiao_audit BEGIN SELECT RAISE(ABORT, 'JXAUD: the audit trail cannot be deleted'); END
;
CREATE TRIGGER jixiao_report_locked BEFORE UPDATE ON jixiao_report WHEN OLD.status = 'approved' AND (NEW.content IS NOT OLD.content OR NEW.department IS NOT OLD.department OR NEW.year IS NOT OLD.year) BEGIN SELECT RAISE(ABORT, 'JXLCK: the report is approved'); END
;
CREATE TRIGGER jixiao_report_locked_delete BEFORE DELETE ON jixiao_report WHEN OLD.status = 'approved' BEGIN SELECT RAISE(ABORT, 'JXLCK: the report is approved'); END
