-- Schema version 12 on PostgreSQL: a submitted report is neither deleted nor scored until a
-- reviewer returns it. Run once by migration 12 as the workspace owner. @schema@ is the
-- workspace's schema (quoted). Earlier versions' scripts stay as they were.
--
-- Design:
--  * Version 11 fixed a submitted report's content; two ways around it were left. A report
--    waiting for its reviewer could be deleted by its clerk (and restored from its history as
--    a draft): it must not vanish under the reviewer. Its manual scores could be rewritten:
--    they are part of what the reviewer reads and approves (the score and grade follow them).
--  * So while a report is submitted nobody deletes it or writes its manual scores: not its
--    clerk, not the owner (as version 11: JXSUB). An approved report stays as version 4 has
--    it (JXLCK), for both.
--  * Who writes manual scores is unchanged: the department's clerks and the owner, while the
--    report is a draft or returned; reviewers read them (version 4's grants).
--  * A score's row names its report: an UPDATE may move it from one report to another, so the
--    guard checks the report it leaves as well as the one it reaches (version 4 checked only
--    the one it reached: a score could be moved out of an approved report).
--  * A submitted or approved report keeps its id: the clerk could otherwise move it to a new
--    id and leave its scores behind (the program never changes an id).
--  * The deletion and the id are their own triggers, fired only for a submitted (or approved)
--    row (their WHEN clauses), so the report guard of version 11 stays as it is and no other
--    write pays for them; the score guard asks one indexed lookup, as before.

-- A submitted report is not deleted (JXSUB; an approved one is refused by the report guard),
-- and a submitted or approved report keeps its id: under a new id its scores, comments and
-- history would stay behind under the old one.
CREATE FUNCTION jixiao_report_kept() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, @schema@, pg_temp AS $$
BEGIN
  IF OLD.status = 'submitted' THEN
    RAISE EXCEPTION 'report % is submitted: a reviewer must return it before it can be %', OLD.id,
      CASE TG_OP WHEN 'DELETE' THEN 'deleted' ELSE 'given another id' END USING ERRCODE = 'JXSUB';
  END IF;
  RAISE EXCEPTION 'report % is approved: its id cannot change', OLD.id USING ERRCODE = 'JXLCK';
END
$$;
CREATE TRIGGER jixiao_report_submitted_delete BEFORE DELETE ON jixiao_report
  FOR EACH ROW WHEN (OLD.status = 'submitted') EXECUTE FUNCTION jixiao_report_kept();
CREATE TRIGGER jixiao_report_id_kept BEFORE UPDATE OF id ON jixiao_report
  FOR EACH ROW WHEN (OLD.status IN ('submitted', 'approved') AND NEW.id IS DISTINCT FROM OLD.id)
  EXECUTE FUNCTION jixiao_report_kept();

-- Manual scores: not while the report they leave or reach is submitted (JXSUB) or approved
-- (JXLCK); who scored is the login.
CREATE OR REPLACE FUNCTION jixiao_manual_score_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, @schema@, pg_temp AS $$
DECLARE
  touched bigint[];
  fixed record;
BEGIN
  touched := CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW.report_id] WHEN 'DELETE' THEN ARRAY[OLD.report_id]
                        ELSE ARRAY[OLD.report_id, NEW.report_id] END;
  SELECT rep.id, rep.status INTO fixed FROM jixiao_report rep
   WHERE rep.id = ANY (touched) AND rep.status IN ('submitted', 'approved')
   ORDER BY rep.status DESC LIMIT 1;
  IF FOUND THEN
    IF fixed.status = 'submitted' THEN
      RAISE EXCEPTION 'report % is submitted: a reviewer must return it before its scores can change', fixed.id
        USING ERRCODE = 'JXSUB';
    END IF;
    RAISE EXCEPTION 'report % is approved: its scores cannot change', fixed.id USING ERRCODE = 'JXLCK';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF NOT jixiao_is_owner() THEN
    NEW.updated_by := session_user;
  END IF;
  RETURN NEW;
END
$$;

