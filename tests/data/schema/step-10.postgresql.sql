ALTER TABLE jixiao_evaluation ADD COLUMN table_total_centi BIGINT NOT NULL DEFAULT 0
;
ALTER TABLE jixiao_evaluation ADD COLUMN table_grade TEXT NOT NULL DEFAULT ''
;
ALTER TABLE jixiao_evaluation ADD COLUMN table_provisional INTEGER NOT NULL DEFAULT 0
