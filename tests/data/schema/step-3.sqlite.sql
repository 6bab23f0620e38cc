CREATE INDEX jixiao_report_list ON jixiao_report (department, year, id, revision, title, status, budget_fen, spent_fen, carryover_out_fen, updated_at, updated_by)
