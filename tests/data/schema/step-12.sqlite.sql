CREATE TRIGGER jixiao_report_submitted_delete BEFORE DELETE ON jixiao_report WHEN OLD.status = 'submitted' BEGIN SELECT RAISE(ABORT, 'JXSUB: the report is submitted: a reviewer must return it before it can be deleted'); END
;
CREATE TRIGGER jixiao_report_submitted_id BEFORE UPDATE OF id ON jixiao_report WHEN OLD.status = 'submitted' AND NEW.id IS NOT OLD.id BEGIN SELECT RAISE(ABORT, 'JXSUB: the report is submitted: a reviewer must return it before it can be given another id'); END
;
CREATE TRIGGER jixiao_report_locked_id BEFORE UPDATE OF id ON jixiao_report WHEN OLD.status = 'approved' AND NEW.id IS NOT OLD.id BEGIN SELECT RAISE(ABORT, 'JXLCK: the report is approved'); END
;
CREATE TRIGGER jixiao_manual_score_submitted_insert BEFORE INSERT ON jixiao_manual_score WHEN EXISTS (SELECT 1 FROM jixiao_report WHERE id = NEW.report_id AND status = 'submitted') BEGIN SELECT RAISE(ABORT, 'JXSUB: the report is submitted: a reviewer must return it before its scores can change'); END
;
CREATE TRIGGER jixiao_manual_score_submitted_update BEFORE UPDATE ON jixiao_manual_score WHEN EXISTS (SELECT 1 FROM jixiao_report WHERE id IN (OLD.report_id, NEW.report_id) AND status = 'submitted') BEGIN SELECT RAISE(ABORT, 'JXSUB: the report is submitted: a reviewer must return it before its scores can change'); END
;
CREATE TRIGGER jixiao_manual_score_submitted_delete BEFORE DELETE ON jixiao_manual_score WHEN EXISTS (SELECT 1 FROM jixiao_report WHERE id = OLD.report_id AND status = 'submitted') BEGIN SELECT RAISE(ABORT, 'JXSUB: the report is submitted: a reviewer must return it before its scores can change'); END
;
CREATE TRIGGER jixiao_manual_score_locked_insert BEFORE INSERT ON jixiao_manual_score WHEN EXISTS (SELECT 1 FROM jixiao_report WHERE id = NEW.report_id AND status = 'approved') BEGIN SELECT RAISE(ABORT, 'JXLCK: the report is approved'); END
;
CREATE TRIGGER jixiao_manual_score_locked_update BEFORE UPDATE ON jixiao_manual_score WHEN EXISTS (SELECT 1 FROM jixiao_report WHERE id IN (OLD.report_id, NEW.report_id) AND status = 'approved') BEGIN SELECT RAISE(ABORT, 'JXLCK: the report is approved'); END
;
CREATE TRIGGER jixiao_manual_score_locked_delete BEFORE DELETE ON jixiao_manual_score WHEN EXISTS (SELECT 1 FROM jixiao_report WHERE id = OLD.report_id AND status = 'approved') BEGIN SELECT RAISE(ABORT, 'JXLCK: the report is approved'); END
