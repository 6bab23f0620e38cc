ALTER TABLE jixiao_evaluation ADD COLUMN basis TEXT NOT NULL DEFAULT ''
;
ALTER TABLE jixiao_evaluation ADD COLUMN evaluated_by TEXT NOT NULL DEFAULT ''
