ALTER TABLE jixiao_evaluation ADD COLUMN basis TEXT NOT NULL DEFAULT ''
;
ALTER TABLE jixiao_evaluation ADD COLUMN evaluated_by TEXT NOT NULL DEFAULT ''
;
-- Schema version 5 on PostgreSQL (issue 12, items 1–3): what a reviewer sees of a report is
-- its content — worked out by the server where it can be, evaluated again by the reviewer's
-- program where it cannot. Run once by migration 5 as the workspace owner, after the
-- columns jixiao_evaluation.basis and .evaluated_by were added. @schema@ is the workspace's
-- schema (quoted). Version 4's script (postgres-security.sql) stays as it was; what changes
-- is replaced here.
--
-- Design:
--  * The listed columns of a report (title, budget_fen, spent_fen, carryover_out_fen) are
--    the server's: a trigger works them out from the content on every write, with the sums
--    of app/core/ReportFigures (tst_workspacesecurity compares the two), and keeps them
--    when the content does not change, whatever a client writes there. An approved
--    report's are locked with its content. content_md5 (the server's too) names the content.
--  * The evaluation (score, grade, findings, indicators) is the program's: the server
--    cannot work it out. Each jixiao_evaluation line says who wrote it (evaluated_by, the
--    server's: session_user) and what it evaluated (basis: the md5 of the content, of the
--    previous year's content and of the manual scores, as the writing program computed
--    them; jixiao_basis is the same on the server). A line is trusted only when it was
--    written by the owner or a reviewer and its basis is the report's now; the program
--    evaluates every other line again before it shows it, says so when a line of the
--    content as it is disagrees with the content, and a reviewer's program writes back
--    what it evaluated.
--  * A clerk writes a line only in the transaction that writes the report (or the report
--    of the year before, which the year-on-year indicators read): a figure cannot be
--    changed on its own.
--  * Submitting needs a line of the content as it is, without errors; approving needs such
--    a line written by the owner or a reviewer (the reviewer's program evaluates the
--    content and writes it just before it approves).
-- New SQLSTATE: JXEVL an evaluation written on its own (app/store/SqlDialect maps it).

ALTER TABLE jixiao_report ADD COLUMN content_md5 TEXT NOT NULL DEFAULT '';

-- An amount of the exchange format, in 分: a string like "30.55" or a JSON number, in 万元
-- with at most six decimals and below 10^12 万元 (as ReportJsonReader reads them); 0 when
-- absent or null ("not given" counts as 0 in the sums); NULL when it is not an amount.
CREATE FUNCTION jixiao_given_fen(v jsonb) RETURNS numeric LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  n numeric;
BEGIN
  IF v IS NULL OR jsonb_typeof(v) = 'null' THEN
    RETURN 0;
  ELSIF jsonb_typeof(v) = 'string' THEN
    IF (v #>> '{}') !~ '^-?[0-9]+(\.[0-9]{1,6})?$' THEN
      RETURN NULL;
    END IF;
    n := (v #>> '{}')::numeric * 1000000;
  ELSIF jsonb_typeof(v) = 'number' THEN
    n := (v #>> '{}')::numeric * 1000000;
  ELSE
    RETURN NULL;
  END IF;
  IF n <> trunc(n) OR abs(n) >= 1000000000000000000 THEN
    RETURN NULL;
  END IF;
  RETURN n;
END
$$;

CREATE FUNCTION jixiao_in_range(n numeric) RETURNS boolean LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp AS $$
  SELECT n BETWEEN -9223372036854775808 AND 9223372036854775807
$$;

-- The listed columns of a report from its content: the title, 全年预算 B, 全年支出 E and
-- 年末结转 C1 in 分, as ReportTable::rowFor takes them from ReportFigures::of — the same
-- sums in the same order, each checked against the range of a 64-bit integer; when any
-- leaves it (ReportFigures::overflow), or an amount cannot be read, the figures are NULL.
CREATE FUNCTION jixiao_listed_columns(c jsonb, OUT title text, OUT budget_fen bigint, OUT spent_fen bigint,
                                      OUT carryover_out_fen bigint)
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, @schema@, pg_temp AS $$
DECLARE
  ok boolean := true;
  c0b numeric := jixiao_given_fen(c #> '{budget,carryover_in,basic}');
  c0p numeric := jixiao_given_fen(c #> '{budget,carryover_in,project}');
  b0b numeric := jixiao_given_fen(c #> '{budget,initial,basic}');
  b0p numeric := jixiao_given_fen(c #> '{budget,initial,project}');
  eb numeric := jixiao_given_fen(c #> '{execution,spent,basic}');
  ep numeric := jixiao_given_fen(c #> '{execution,spent,project}');
  r numeric := jixiao_given_fen(c #> '{execution,recovered}');
  c1 numeric := jixiao_given_fen(c #> '{execution,carryover_out}');
  adjustments jsonb := c #> '{budget,adjustments}';
  adj_b numeric := 0;
  adj_p numeric := 0;
  adj_t numeric := 0;
  increases numeric := 0;
  decreases numeric := 0;
  excluded_sum numeric := 0;
  counted_sum numeric := 0;
  net numeric := 0;
  a jsonb;
  amount numeric;
  category text;
  excluded boolean;
  bb numeric;
  bp numeric;
  b numeric;
  e numeric;
  part text;
  three jsonb;
  tp numeric;
BEGIN
  title := CASE WHEN jsonb_typeof(c -> 'title') = 'string' THEN c ->> 'title' ELSE '' END;
  ok := c0b IS NOT NULL AND c0p IS NOT NULL AND b0b IS NOT NULL AND b0p IS NOT NULL AND eb IS NOT NULL
        AND ep IS NOT NULL AND r IS NOT NULL AND c1 IS NOT NULL;
  IF NOT ok THEN
    RETURN;
  END IF;
  ok := jixiao_in_range(c0b + c0p) AND jixiao_in_range(b0b + b0p);
  IF jsonb_typeof(adjustments) = 'array' THEN
    FOR a IN SELECT value FROM jsonb_array_elements(adjustments) LOOP
      amount := jixiao_given_fen(a -> 'amount');
      category := CASE WHEN jsonb_typeof(a -> 'category') = 'string' THEN a ->> 'category' END;
      excluded := CASE WHEN a -> 'excluded' IS NULL OR jsonb_typeof(a -> 'excluded') = 'null' THEN false
                       WHEN jsonb_typeof(a -> 'excluded') = 'boolean' THEN (a -> 'excluded')::boolean END;
      IF jsonb_typeof(a) <> 'object' OR amount IS NULL OR excluded IS NULL
         OR category IS NULL OR category NOT IN ('basic', 'project', 'transfer') THEN
        RETURN; -- not readable: no figures
      END IF;
      IF category = 'basic' THEN
        adj_b := adj_b + amount;
        ok := ok AND jixiao_in_range(adj_b);
      ELSIF category = 'project' THEN
        adj_p := adj_p + amount;
        ok := ok AND jixiao_in_range(adj_p);
      ELSE
        adj_t := adj_t + amount;
        ok := ok AND jixiao_in_range(adj_t);
      END IF;
      IF category <> 'transfer' THEN
        IF amount < 0 THEN
          decreases := decreases + abs(amount);
          ok := ok AND jixiao_in_range(decreases);
        ELSE
          increases := increases + amount;
          ok := ok AND jixiao_in_range(increases);
        END IF;
      END IF;
      IF excluded THEN
        excluded_sum := excluded_sum + abs(amount);
        ok := ok AND jixiao_in_range(excluded_sum);
      ELSE
        counted_sum := counted_sum + abs(amount);
        net := net + CASE WHEN category = 'transfer' THEN abs(amount) ELSE amount END;
        ok := ok AND jixiao_in_range(counted_sum) AND jixiao_in_range(net);
      END IF;
    END LOOP;
  ELSIF adjustments IS NOT NULL AND jsonb_typeof(adjustments) <> 'null' THEN
    RETURN;
  END IF;
  bb := b0b + adj_b;
  ok := ok AND jixiao_in_range(bb) AND jixiao_in_range(bb - adj_t);
  bb := bb - adj_t;
  bp := b0p + adj_p;
  ok := ok AND jixiao_in_range(bp) AND jixiao_in_range(bp + adj_t);
  bp := bp + adj_t;
  b := bb + bp;
  e := eb + ep;
  ok := ok AND jixiao_in_range(b) AND jixiao_in_range(bb + c0b) AND jixiao_in_range(bp + c0p)
        AND jixiao_in_range(b + c0b + c0p) AND jixiao_in_range(e) AND jixiao_in_range(b + c0b + c0p - e)
        AND jixiao_in_range(b + c0b + c0p - e - r);
  FOREACH part IN ARRAY ARRAY['budget', 'execution'] LOOP
    three := c #> ARRAY[part, CASE part WHEN 'budget' THEN 'three_public_budget' ELSE 'three_public_actual' END];
    tp := jixiao_given_fen(three -> 'reception');
    amount := jixiao_given_fen(three -> 'vehicles');
    IF tp IS NULL OR amount IS NULL THEN
      RETURN;
    END IF;
    tp := tp + amount;
    ok := ok AND jixiao_in_range(tp);
    amount := jixiao_given_fen(three -> 'overseas');
    IF amount IS NULL THEN
      RETURN;
    END IF;
    ok := ok AND jixiao_in_range(tp + amount);
  END LOOP;
  IF ok THEN
    budget_fen := b;
    spent_fen := e;
    carryover_out_fen := CASE WHEN c #> '{execution,carryover_out}' IS NULL
                                   OR jsonb_typeof(c #> '{execution,carryover_out}') = 'null' THEN NULL ELSE c1 END;
  END IF;
END
$$;

-- The listed columns and content_md5 follow the content, for every writer (the owner too).
-- Runs before jixiao_report_guard (triggers fire in the order of their names).
CREATE FUNCTION jixiao_report_derive() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, @schema@, pg_temp AS $$
DECLARE
  listed record;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.content IS NOT DISTINCT FROM OLD.content THEN
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
  listed := jixiao_listed_columns(NEW.content::jsonb);
  NEW.title := listed.title;
  NEW.budget_fen := listed.budget_fen;
  NEW.spent_fen := listed.spent_fen;
  NEW.carryover_out_fen := listed.carryover_out_fen;
  NEW.content_md5 := md5(NEW.content);
  RETURN NEW;
END
$$;

-- What an evaluation of report p_report evaluated, when its content has the md5 p_md5:
-- md5(content) ':' md5(the previous year's content, '' without one) ':' md5(the manual
-- scores, one line each "item<TAB>score<TAB>reason" in the byte order of the item ids,
-- joined by newlines; '' without any). EvaluationTable::basisOf is the same.
CREATE FUNCTION jixiao_basis(p_report bigint, p_md5 text, p_department text, p_year integer) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, @schema@, pg_temp AS $$
  SELECT p_md5 || ':'
      || COALESCE((SELECT p.content_md5 FROM jixiao_report p WHERE p.department = p_department AND p.year = p_year - 1), '')
      || ':'
      || COALESCE((SELECT md5(string_agg(m.item_id || E'\t' || COALESCE(m.score_centi::text, '') || E'\t' || m.reason,
                                         E'\n' ORDER BY m.item_id COLLATE "C"))
                     FROM jixiao_manual_score m WHERE m.report_id = p_report), '')
$$;

-- Whose evaluations a reader may take as they are: the owner's (and a superuser's) and the
-- reviewers'.
CREATE FUNCTION jixiao_trusts(p_login text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, @schema@, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_login
                   AND (r.rolsuper OR pg_has_role(r.oid, (SELECT relowner FROM pg_class WHERE oid = 'jixiao_report'::regclass),
                                                  'MEMBER')))
      OR EXISTS (SELECT 1 FROM jixiao_user u WHERE u.login = p_login AND u.reviewer = 1)
$$;

-- Who wrote a line is the server's; a clerk writes one only with a write of the report.
CREATE FUNCTION jixiao_evaluation_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, @schema@, pg_temp AS $$
DECLARE
  xact xid := pg_current_xact_id()::xid;
BEGIN
  NEW.evaluated_by := session_user;
  IF TG_OP = 'UPDATE' AND NEW.report_id IS DISTINCT FROM OLD.report_id THEN
    RAISE EXCEPTION 'an evaluation belongs to its report' USING ERRCODE = 'JXEVL';
  END IF;
  IF jixiao_session_has('reviewer') -- the owner too
     OR NOT EXISTS (SELECT 1 FROM jixiao_report r WHERE r.id = NEW.report_id) THEN -- not theirs: the policies refuse it
    RETURN NEW;
  END IF;
  -- Written by this transaction (not inside a savepoint): its xmin is the transaction's.
  IF NOT EXISTS (SELECT 1 FROM jixiao_report r WHERE r.id = NEW.report_id AND r.xmin = xact)
     AND NOT EXISTS (SELECT 1 FROM jixiao_report r JOIN jixiao_report p ON p.department = r.department AND p.year = r.year - 1
                      WHERE r.id = NEW.report_id AND p.xmin = xact) THEN
    RAISE EXCEPTION 'the evaluation of report % is written with the report, not on its own', NEW.report_id
      USING ERRCODE = 'JXEVL';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER jixiao_evaluation_guard BEFORE INSERT OR UPDATE ON jixiao_evaluation
  FOR EACH ROW EXECUTE FUNCTION jixiao_evaluation_guard();

-- The workflow and the read-only rule, as in version 4, and now: submitting needs an
-- evaluation of the report as it is, without errors; approving needs one by the owner or a
-- reviewer.
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
    RETURN NEW;
  END IF;
  content_changed := NEW.content IS DISTINCT FROM OLD.content OR NEW.department IS DISTINCT FROM OLD.department
                     OR NEW.year IS DISTINCT FROM OLD.year;
  IF OLD.status = 'approved' AND content_changed THEN
    RAISE EXCEPTION 'report % is approved: a reviewer must reopen it before it can be changed', OLD.id
      USING ERRCODE = 'JXLCK';
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

-- Reviewers write their own evaluations (the overview they read, the one they approve).
CREATE POLICY jixiao_evaluation_review_add ON jixiao_evaluation FOR INSERT
  WITH CHECK ((SELECT jixiao_session_has('reviewer')));
CREATE POLICY jixiao_evaluation_review_change ON jixiao_evaluation FOR UPDATE
  USING ((SELECT jixiao_session_has('reviewer'))) WITH CHECK ((SELECT jixiao_session_has('reviewer')));

-- The group roles' grants, as in version 4, plus the reviewers' evaluations.
CREATE OR REPLACE FUNCTION jixiao_setup_roles() RETURNS void LANGUAGE plpgsql
SET search_path = pg_catalog, @schema@, pg_temp AS $$
DECLARE
  prefix text := (SELECT value FROM jixiao_meta WHERE key = 'role_prefix');
  g text;
  clerk text := prefix || '_clerk';
  reviewer text := prefix || '_reviewer';
  admin text := prefix || '_admin';
BEGIN
  FOREACH g IN ARRAY ARRAY[clerk, reviewer, admin] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', g);
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), g);
    EXECUTE format('GRANT SELECT ON jixiao_meta, jixiao_user TO %I', g);
  END LOOP;
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON jixiao_report, jixiao_manual_score, jixiao_evaluation TO %I', clerk);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE ON jixiao_history TO %I', clerk);
  EXECUTE format('GRANT SELECT, INSERT ON jixiao_comment TO %I', clerk);
  EXECUTE format('GRANT UPDATE (resolved) ON jixiao_comment TO %I', clerk);
  EXECUTE format('GRANT SELECT ON jixiao_audit TO %I', clerk);
  EXECUTE format('GRANT SELECT ON jixiao_report, jixiao_manual_score, jixiao_evaluation, jixiao_audit TO %I', reviewer);
  EXECUTE format('GRANT INSERT, UPDATE ON jixiao_evaluation TO %I', reviewer);
  EXECUTE format('GRANT UPDATE (status, status_note, revision, updated_at, updated_by, last_save_id) ON jixiao_report TO %I', reviewer);
  EXECUTE format('GRANT SELECT, INSERT ON jixiao_history, jixiao_comment TO %I', reviewer);
  EXECUTE format('GRANT UPDATE (resolved) ON jixiao_comment TO %I', reviewer);
  EXECUTE format('GRANT EXECUTE ON FUNCTION jixiao_user_set(text, text, text, boolean, boolean, boolean, text), '
                 'jixiao_user_remove(text) TO %I', admin);
END
$$;
REVOKE ALL ON FUNCTION jixiao_setup_roles() FROM PUBLIC;

-- The columns of the reports stored so far, from their content (a content that is not JSON
-- keeps what it had); then the trigger; and the reviewers' new grant when the groups exist.
DO $$
DECLARE
  r record;
  c jsonb;
  l record;
BEGIN
  FOR r IN SELECT id, content FROM jixiao_report LOOP
    BEGIN
      c := r.content::jsonb;
    EXCEPTION WHEN others THEN
      c := NULL;
    END;
    IF c IS NULL THEN
      UPDATE jixiao_report SET content_md5 = md5(content) WHERE id = r.id;
    ELSE
      l := jixiao_listed_columns(c);
      UPDATE jixiao_report SET content_md5 = md5(content), title = l.title, budget_fen = l.budget_fen,
        spent_fen = l.spent_fen, carryover_out_fen = l.carryover_out_fen WHERE id = r.id;
    END IF;
  END LOOP;
END
$$;
CREATE TRIGGER jixiao_report_derive BEFORE INSERT OR UPDATE ON jixiao_report
  FOR EACH ROW EXECUTE FUNCTION jixiao_report_derive();
DO $$
DECLARE
  prefix text := (SELECT value FROM jixiao_meta WHERE key = 'role_prefix');
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = prefix || '_reviewer') THEN
    EXECUTE format('GRANT INSERT, UPDATE ON jixiao_evaluation TO %I', prefix || '_reviewer');
  END IF;
END
$$;

