-- Schema version 11 on PostgreSQL: a submitted report is fixed until a reviewer returns it.
-- Run once by migration 11 as the workspace owner. @schema@ is the workspace's schema
-- (quoted). Earlier versions' scripts stay as they were; the guard replaced here keeps
-- everything of version 8 and adds one rule.
--
-- Design:
--  * What a reviewer reads is what the clerk submitted. While a report is submitted (已提交)
--    nobody changes its content, department or year (the listed title and figures follow
--    the content, see version 5): not its clerk, not a reviewer, not the owner. It changes
--    again once a reviewer returns it (已退回), or approves it and then reopens it (草稿).
--  * Its status moves as before: a reviewer returns or approves it; its clerk cannot take
--    it back (not a step of the workflow, JXSTA). Manual scores, comments and evaluation
--    lines are not the report's content and stay as version 8 has them.
--  * The new refusal has its own SQLSTATE, JXSUB, mapped by app/store/SqlDialect to the
--    program's message (which report, and that a reviewer must return it first).
--  * One more comparison in a trigger that already runs on every write: a save costs the
--    same (bench/store_bench, figures in the commit that added this step).

-- The workflow, the read-only rules and the checks of versions 5, 6 and 8, and the submitted
-- report's content fixed (JXSUB).
CREATE OR REPLACE FUNCTION jixiao_report_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, @schema@, pg_temp AS $$
DECLARE
  content_changed boolean;
  now_basis text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'approved' THEN
      RAISE EXCEPTION 'report % is approved: reopen it before deleting it', OLD.id USING ERRCODE = 'JXLCK';
    END IF;
    RETURN OLD;
  END IF;
  IF NOT jixiao_is_owner() THEN
    NEW.updated_by := session_user; -- who saved is the login, whatever the client says
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.status NOT IN ('draft', 'submitted', 'returned', 'approved') THEN
      RAISE EXCEPTION 'unknown status %', NEW.status USING ERRCODE = 'JXSTA';
    END IF;
    IF NEW.status = 'approved' AND NOT jixiao_may('review', NEW.department) THEN
      RAISE EXCEPTION 'only a reviewer may store an approved report' USING ERRCODE = '42501';
    END IF;
    IF NOT jixiao_is_owner() AND (NEW.status <> 'draft' OR NEW.status_note <> '') THEN
      RAISE EXCEPTION 'a new report is a draft, without a reviewer''s note' USING ERRCODE = 'JXSTA';
    END IF;
    IF NOT jixiao_content_of_row(NEW) THEN
      RAISE EXCEPTION 'the content of a report of %, % names another department or year', NEW.department, NEW.year
        USING ERRCODE = 'JXCON';
    END IF;
    RETURN NEW;
  END IF;
  content_changed := NEW.content IS DISTINCT FROM OLD.content OR NEW.department IS DISTINCT FROM OLD.department
                     OR NEW.year IS DISTINCT FROM OLD.year;
  -- A reviewer (anyone who may not edit the department) changes a report only by its
  -- status; its revision, time and save id are then the server's: one revision on, now,
  -- and an id of no one's chain of edits.
  IF NOT jixiao_is_owner() AND NOT jixiao_may('edit', OLD.department) THEN
    IF NEW.status IS NOT DISTINCT FROM OLD.status THEN
      RAISE EXCEPTION 'a reviewer changes report % only by its status', OLD.id USING ERRCODE = '42501';
    END IF;
    NEW.revision := OLD.revision + 1;
    NEW.updated_at := jixiao_now_ms();
    NEW.last_save_id := gen_random_uuid()::text;
  END IF;
  IF OLD.status = 'approved' AND content_changed THEN
    RAISE EXCEPTION 'report % is approved: a reviewer must reopen it before it can be changed', OLD.id
      USING ERRCODE = 'JXLCK';
  END IF;
  IF OLD.status = 'submitted' AND content_changed THEN
    RAISE EXCEPTION 'report % is submitted: a reviewer must return it before it can be changed', OLD.id
      USING ERRCODE = 'JXSUB';
  END IF;
  IF content_changed AND NOT jixiao_content_of_row(NEW) THEN
    RAISE EXCEPTION 'the content of report % names another department or year than its row (%, %)', OLD.id,
      NEW.department, NEW.year USING ERRCODE = 'JXCON';
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    IF OLD.status IN ('draft', 'returned') AND NEW.status = 'submitted' THEN
      IF NOT jixiao_may('edit', OLD.department) THEN
        RAISE EXCEPTION 'only a clerk of the department may submit report %', OLD.id USING ERRCODE = '42501';
      END IF;
    ELSIF OLD.status = 'submitted' AND NEW.status IN ('returned', 'approved') OR OLD.status = 'approved' AND NEW.status = 'draft' THEN
      IF NOT jixiao_may('review', OLD.department) THEN
        RAISE EXCEPTION 'only a reviewer may change report % from % to %', OLD.id, OLD.status, NEW.status
          USING ERRCODE = '42501';
      END IF;
      IF NEW.status = 'returned' AND btrim(NEW.status_note) = '' THEN
        RAISE EXCEPTION 'returning report % needs a comment', OLD.id USING ERRCODE = 'JXCMT';
      END IF;
    ELSE
      RAISE EXCEPTION 'report % cannot go from % to %', OLD.id, OLD.status, NEW.status USING ERRCODE = 'JXSTA';
    END IF;
    IF NEW.status IN ('submitted', 'approved') THEN
      now_basis := jixiao_basis(NEW.id, NEW.content_md5, NEW.department, NEW.year);
      IF EXISTS (SELECT 1 FROM jixiao_evaluation e WHERE e.report_id = NEW.id AND e.basis = now_basis AND e.error_count > 0) THEN
        RAISE EXCEPTION 'report % has errors and cannot be %', OLD.id, NEW.status USING ERRCODE = 'JXERR';
      END IF;
      IF NOT EXISTS (SELECT 1 FROM jixiao_evaluation e WHERE e.report_id = NEW.id AND e.basis = now_basis
                       AND (NEW.status = 'submitted' OR jixiao_trusts(e.evaluated_by))) THEN
        RAISE EXCEPTION 'report % has not been evaluated as it is now%', OLD.id,
          CASE WHEN NEW.status = 'approved' THEN ' by a reviewer: open it in Jixiao to approve it' ELSE '' END
          USING ERRCODE = 'JXERR';
      END IF;
    END IF;
  ELSIF NEW.status_note IS DISTINCT FROM OLD.status_note THEN
    RAISE EXCEPTION 'the reviewer''s comment changes only with the status' USING ERRCODE = 'JXSTA';
  END IF;
  RETURN NEW;
END
$$;

