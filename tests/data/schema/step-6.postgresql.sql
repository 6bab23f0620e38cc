-- Schema version 6 on PostgreSQL (issue 12, items 4–6): history that nobody rewrites,
-- content that names its own row, renames in the audit trail. Run once by migration 6 as
-- the workspace owner. @schema@ is the workspace's schema (quoted). Earlier versions'
-- scripts stay as they were; what changes is replaced here.
--
-- Design:
--  * jixiao_history is append-only, for the owner too (short of dropping the trigger): no
--    DELETE, no TRUNCATE. An entry is of a report its writer may write (a clerk of its
--    department; a reviewer only for the status changes they make), with that report's
--    department, year and content as they are, and its revision (or the next, for the entry
--    written just before a report is deleted). Who and when are the server's: saved_by is
--    the login, saved_at and started_at the server's clock. The one change allowed later
--    is the program's folding of a person's saves into their latest entry (one entry per
--    person per 10 minutes): by the same login, to the report as it is then.
--  * A report's content names the department and year of its row (JSON "department" and
--    "year"), for every writer, the owner too.
--  * A change of a report's department or year is in the audit trail, with the content
--    or without it.
-- New SQLSTATEs: JXHIS history cannot be rewritten, JXCON content of another department or
-- year (app/store/SqlDialect maps them). The owner's rights: jixiao_is_owner.

-- The listed columns follow the content (version 5), now also through a change of only the
-- row's department or year (which jixiao_report_guard checks against the content).
CREATE OR REPLACE FUNCTION jixiao_report_derive() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, @schema@, pg_temp AS $$
DECLARE
  listed record;
  c jsonb;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.content IS NOT DISTINCT FROM OLD.content AND NEW.department IS NOT DISTINCT FROM OLD.department
     AND NEW.year IS NOT DISTINCT FROM OLD.year THEN
    IF OLD.status = 'approved' AND (NEW.title, NEW.budget_fen, NEW.spent_fen, NEW.carryover_out_fen)
                                   IS DISTINCT FROM (OLD.title, OLD.budget_fen, OLD.spent_fen, OLD.carryover_out_fen) THEN
      RAISE EXCEPTION 'report % is approved: a reviewer must reopen it before it can be changed', OLD.id
        USING ERRCODE = 'JXLCK';
    END IF;
    NEW.title := OLD.title;
    NEW.budget_fen := OLD.budget_fen;
    NEW.spent_fen := OLD.spent_fen;
    NEW.carryover_out_fen := OLD.carryover_out_fen;
    NEW.content_md5 := OLD.content_md5;
    RETURN NEW;
  END IF;
  c := NEW.content::jsonb;
  IF TG_OP = 'INSERT' OR NEW.content IS DISTINCT FROM OLD.content THEN
    listed := jixiao_listed_columns(c);
    NEW.title := listed.title;
    NEW.budget_fen := listed.budget_fen;
    NEW.spent_fen := listed.spent_fen;
    NEW.carryover_out_fen := listed.carryover_out_fen;
    NEW.content_md5 := md5(NEW.content);
  ELSE
    NEW.title := OLD.title;
    NEW.budget_fen := OLD.budget_fen;
    NEW.spent_fen := OLD.spent_fen;
    NEW.carryover_out_fen := OLD.carryover_out_fen;
    NEW.content_md5 := OLD.content_md5;
  END IF;
  RETURN NEW;
END
$$;

-- Does the content (JSON) name this department and year? A row of a department the login
-- may not write is left to the row policies, which refuse it as such.
CREATE FUNCTION jixiao_content_of_row(r jixiao_report) RETURNS boolean LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, @schema@, pg_temp AS $$
DECLARE
  c jsonb := r.content::jsonb;
BEGIN
  RETURN (jsonb_typeof(c -> 'department') = 'string' AND c ->> 'department' = r.department
          AND jsonb_typeof(c -> 'year') = 'number' AND c ->> 'year' = r.year::text)
      OR NOT (jixiao_is_owner() OR jixiao_in_department(r.department, jixiao_session_department()));
END
$$;

-- The workflow, the read-only rule and the evaluation checks of version 5, and the content
-- of the row's own department and year.
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
    IF NOT jixiao_content_of_row(NEW) THEN
      RAISE EXCEPTION 'the content of a report of %, % names another department or year', NEW.department, NEW.year
        USING ERRCODE = 'JXCON';
    END IF;
    RETURN NEW;
  END IF;
  content_changed := NEW.content IS DISTINCT FROM OLD.content OR NEW.department IS DISTINCT FROM OLD.department
                     OR NEW.year IS DISTINCT FROM OLD.year;
  IF OLD.status = 'approved' AND content_changed THEN
    RAISE EXCEPTION 'report % is approved: a reviewer must reopen it before it can be changed', OLD.id
      USING ERRCODE = 'JXLCK';
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

-- The audit trail of the report rows, as in version 4, and a change of the row's department
-- or year recorded even when the content's differences do not show it.
CREATE OR REPLACE FUNCTION jixiao_report_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, @schema@, pg_temp AS $$
DECLARE
  changes jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO jixiao_audit (report_id, department, year, at, actor, action, revision, from_status, to_status)
    VALUES (NEW.id, NEW.department, NEW.year, jixiao_now_ms(), session_user, 'create', NEW.revision, '', NEW.status);
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    INSERT INTO jixiao_audit (report_id, department, year, at, actor, action, revision, from_status, to_status)
    VALUES (OLD.id, OLD.department, OLD.year, jixiao_now_ms(), session_user, 'delete', OLD.revision, OLD.status, '');
    RETURN NULL;
  END IF;
  IF NEW.content IS DISTINCT FROM OLD.content OR NEW.department IS DISTINCT FROM OLD.department
     OR NEW.year IS DISTINCT FROM OLD.year THEN
    changes := (SELECT COALESCE(jsonb_agg(d.change), '[]'::jsonb)
                  FROM jixiao_json_diff(OLD.content::jsonb, NEW.content::jsonb, '') AS d(change));
    IF NEW.year IS DISTINCT FROM OLD.year AND NOT changes @> '[{"path": "year"}]'::jsonb THEN
      changes := jsonb_build_array(jsonb_build_object('path', 'year', 'old', OLD.year, 'new', NEW.year)) || changes;
    END IF;
    IF NEW.department IS DISTINCT FROM OLD.department AND NOT changes @> '[{"path": "department"}]'::jsonb THEN
      changes := jsonb_build_array(jsonb_build_object('path', 'department', 'old', OLD.department, 'new', NEW.department))
                 || changes;
    END IF;
    INSERT INTO jixiao_audit (report_id, department, year, at, actor, action, revision, from_status, to_status, changes)
    VALUES (NEW.id, NEW.department, NEW.year, jixiao_now_ms(), session_user, 'edit', NEW.revision, OLD.status,
            NEW.status, changes::text);
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    INSERT INTO jixiao_audit (report_id, department, year, at, actor, action, revision, from_status, to_status, note)
    VALUES (NEW.id, NEW.department, NEW.year, jixiao_now_ms(), session_user, 'status', NEW.revision, OLD.status,
            NEW.status, NEW.status_note);
  END IF;
  RETURN NULL;
END
$$;

-- History: append-only; who and when are the server's; an entry is of a report as it is.
CREATE FUNCTION jixiao_history_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, @schema@, pg_temp AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
    RAISE EXCEPTION 'the history of a report cannot be deleted' USING ERRCODE = 'JXHIS';
  END IF;
  IF jixiao_is_owner() THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    -- Only the program's folding of saves: the same person's latest save entry, brought to
    -- the report as it is now.
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.report_id IS DISTINCT FROM OLD.report_id
       OR NEW.action IS DISTINCT FROM OLD.action OR OLD.action <> 'save'
       OR NEW.saved_by IS DISTINCT FROM OLD.saved_by OR OLD.saved_by <> session_user
       OR NEW.started_at IS DISTINCT FROM OLD.started_at
       OR EXISTS (SELECT 1 FROM jixiao_history h WHERE h.report_id = OLD.report_id AND h.id > OLD.id) THEN
      RAISE EXCEPTION 'history entry % cannot be rewritten', OLD.id USING ERRCODE = 'JXHIS';
    END IF;
  END IF;
  SELECT rep.department, rep.year, rep.revision, rep.status, rep.content INTO r
    FROM jixiao_report rep WHERE rep.id = NEW.report_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'report % is not one this login may write history for', NEW.report_id USING ERRCODE = '42501';
  END IF;
  IF NOT jixiao_may('edit', r.department) AND NOT (NEW.action = 'status' AND jixiao_may('review', r.department)) THEN
    RAISE EXCEPTION 'report % is not one this login may write history for', NEW.report_id USING ERRCODE = '42501';
  END IF;
  IF NEW.department IS DISTINCT FROM r.department OR NEW.year IS DISTINCT FROM r.year
     OR NEW.content IS DISTINCT FROM r.content OR NEW.revision NOT IN (r.revision, r.revision + 1) THEN
    RAISE EXCEPTION 'a history entry of report % holds the report as it is' , NEW.report_id USING ERRCODE = 'JXHIS';
  END IF;
  NEW.saved_by := session_user;
  NEW.saved_at := jixiao_now_ms();
  IF TG_OP = 'INSERT' THEN
    NEW.started_at := NEW.saved_at;
  END IF;
  NEW.status := r.status;
  RETURN NEW;
END
$$;
CREATE TRIGGER jixiao_history_guard BEFORE INSERT OR UPDATE OR DELETE ON jixiao_history
  FOR EACH ROW EXECUTE FUNCTION jixiao_history_guard();
CREATE TRIGGER jixiao_history_no_truncate BEFORE TRUNCATE ON jixiao_history
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_history_guard();

