-- Who may do what in a Jixiao workspace on PostgreSQL (schema version 4), enforced by the
-- database itself, so that it holds for the program and for any SQL client (psql) alike.
-- Run once by the migration, as the workspace owner (the login that owns the tables).
-- @schema@ is the workspace's schema (quoted), @prefix@ the prefix of its group roles.
-- Frozen: schema step 4 runs exactly this text (tests/data/schema/ holds a copy); later
-- steps change what it made in postgres-security-<version>.sql (which call this one by its
-- former name, postgres-security.sql).
--
-- Design:
--  * Every person has their own login role. jixiao_user maps a login to its roles (clerk of
--    one department, reviewer, administrator) and is what the row-level security policies
--    consult; the three group roles @prefix@_clerk, _reviewer and _admin carry the table
--    grants. A login that is not in jixiao_user can do nothing, even when it is a member.
--  * The owner (and a superuser) has every role: the single-user case, and the one who
--    migrates the schema and creates the group roles (it needs CREATEROLE for that).
--  * Clerks read and write the reports of their own department only (row-level security);
--    reviewers read every report and may change only the status columns (column grants).
--  * The status may only move along the workflow (app/core/ReportWorkflow, same table):
--    a trigger refuses anything else, and refuses any change of an approved report's
--    content until a reviewer reopens it.
--  * The audit trail (jixiao_audit) is written only by triggers running as the owner
--    (SECURITY DEFINER): who (session_user), when (the server's clock), what (old → new,
--    computed from the rows themselves). Nobody else has INSERT, UPDATE or DELETE on it, and
--    a trigger refuses UPDATE and DELETE even to the owner.
--  * Users are added and removed only through jixiao_user_set / jixiao_user_remove, which
--    check that the caller is an administrator and never touch a login outside the
--    workspace (nor the owner, nor a superuser).
-- Custom SQLSTATEs, mapped to messages by app/store/SqlDialect: JXLCK approved (read-only),
-- JXSTA not a workflow step, JXCMT returning without a comment, JXERR submitting with
-- errors, JXAUD the audit trail cannot change, JXUSR a user cannot be set like this, JXROL
-- the group roles are missing. 42501 (insufficient_privilege) for a missing role.

-- The group roles are cluster-wide, so their names carry the database's.
INSERT INTO jixiao_meta (key, value)
SELECT 'role_prefix', 'jx_' || left(regexp_replace(lower(current_database()), '[^a-z0-9_]+', '_', 'g'), 40);

-- Is the session's login the workspace owner (or a superuser)? session_user, not
-- current_user: inside SECURITY DEFINER functions current_user is the owner.
CREATE FUNCTION jixiao_is_owner() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = @schema@, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
      OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'jixiao_report'::regclass), 'MEMBER')
$$;

-- A clerk's department covers its copies ("<department>（副本）", kept after a conflict);
-- WorkspaceUser::inDepartment is the same rule. @copy_mark@ is CopyName::mark(), "（副本".
CREATE FUNCTION jixiao_in_department(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT $2 <> '' AND ($1 = $2 OR starts_with($1, $2 || '@copy_mark@'))
$$;

-- May the session's login read / edit / review a report of department $2, or administer?
CREATE FUNCTION jixiao_may(text, text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = @schema@, pg_temp AS $$
  SELECT jixiao_is_owner() OR EXISTS (
    SELECT 1 FROM jixiao_user u WHERE u.login = session_user AND CASE $1
      WHEN 'read' THEN u.reviewer = 1 OR (u.clerk = 1 AND jixiao_in_department($2, u.department))
      WHEN 'edit' THEN u.clerk = 1 AND jixiao_in_department($2, u.department)
      WHEN 'review' THEN u.reviewer = 1
      WHEN 'admin' THEN u.admin = 1
      ELSE false END)
$$;

-- The same facts for the policies, without a row argument, so that a policy can ask once per
-- query — written (SELECT jixiao_session_has(…)), PostgreSQL evaluates such a subquery once
-- (an InitPlan) instead of once per row: the overview of 1,000 reports as a reviewer went
-- from 540 ms to a few (bench/overview_bench).
CREATE FUNCTION jixiao_session_has(text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = @schema@, pg_temp AS $$
  SELECT jixiao_is_owner() OR EXISTS (
    SELECT 1 FROM jixiao_user u WHERE u.login = session_user AND CASE $1
      WHEN 'clerk' THEN u.clerk = 1 WHEN 'reviewer' THEN u.reviewer = 1 WHEN 'admin' THEN u.admin = 1 ELSE false END)
$$;
-- The department a clerk writes for ('' for anyone else; the owner's rights come from
-- jixiao_session_has).
CREATE FUNCTION jixiao_session_department() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = @schema@, pg_temp AS $$
  SELECT COALESCE((SELECT u.department FROM jixiao_user u WHERE u.login = session_user AND u.clerk = 1), '')
$$;

-- The fields that differ between two states of a report, as ReportChangeSummary::fieldChanges
-- computes them: objects key by key, arrays of equal length element by element, anything
-- else as one change {path, old, new}.
CREATE FUNCTION jixiao_json_diff(a jsonb, b jsonb, path text) RETURNS SETOF jsonb LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  k text;
  i integer;
BEGIN
  a := COALESCE(a, 'null'::jsonb);
  b := COALESCE(b, 'null'::jsonb);
  IF a = b THEN
    RETURN;
  END IF;
  IF jsonb_typeof(a) = 'object' AND jsonb_typeof(b) = 'object' THEN
    FOR k IN SELECT key FROM (SELECT jsonb_object_keys(a) AS key UNION SELECT jsonb_object_keys(b)) keys
             ORDER BY key COLLATE "C" LOOP
      RETURN QUERY SELECT * FROM jixiao_json_diff(a -> k, b -> k, CASE WHEN path = '' THEN k ELSE path || '.' || k END);
    END LOOP;
    RETURN;
  END IF;
  IF jsonb_typeof(a) = 'array' AND jsonb_typeof(b) = 'array' AND jsonb_array_length(a) = jsonb_array_length(b) THEN
    FOR i IN 0 .. jsonb_array_length(a) - 1 LOOP
      RETURN QUERY SELECT * FROM jixiao_json_diff(a -> i, b -> i, path || '[' || i || ']');
    END LOOP;
    RETURN;
  END IF;
  RETURN NEXT jsonb_build_object('path', path, 'old', a, 'new', b);
END
$$;

CREATE FUNCTION jixiao_now_ms() RETURNS bigint LANGUAGE sql VOLATILE AS $$
  SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint
$$;

-- The workflow and the read-only rule, for every write of a report row.
CREATE FUNCTION jixiao_report_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = @schema@, pg_temp AS $$
DECLARE
  content_changed boolean;
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
      IF EXISTS (SELECT 1 FROM jixiao_evaluation e WHERE e.report_id = NEW.id AND e.error_count > 0) THEN
        RAISE EXCEPTION 'report % has errors and cannot be submitted', OLD.id USING ERRCODE = 'JXERR';
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
  ELSIF NEW.status_note IS DISTINCT FROM OLD.status_note THEN
    RAISE EXCEPTION 'the reviewer''s comment changes only with the status' USING ERRCODE = 'JXSTA';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER jixiao_report_guard BEFORE INSERT OR UPDATE OR DELETE ON jixiao_report
  FOR EACH ROW EXECUTE FUNCTION jixiao_report_guard();

-- The audit trail of the report rows: created, edited (with the fields), status, deleted.
CREATE FUNCTION jixiao_report_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = @schema@, pg_temp AS $$
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
  IF NEW.content IS DISTINCT FROM OLD.content THEN
    INSERT INTO jixiao_audit (report_id, department, year, at, actor, action, revision, from_status, to_status, changes)
    VALUES (NEW.id, NEW.department, NEW.year, jixiao_now_ms(), session_user, 'edit', NEW.revision, OLD.status,
            NEW.status,
            (SELECT COALESCE(jsonb_agg(d.change), '[]'::jsonb)
               FROM jixiao_json_diff(OLD.content::jsonb, NEW.content::jsonb, '') AS d(change))::text);
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    INSERT INTO jixiao_audit (report_id, department, year, at, actor, action, revision, from_status, to_status, note)
    VALUES (NEW.id, NEW.department, NEW.year, jixiao_now_ms(), session_user, 'status', NEW.revision, OLD.status,
            NEW.status, NEW.status_note);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER jixiao_report_audit AFTER INSERT OR UPDATE OR DELETE ON jixiao_report
  FOR EACH ROW EXECUTE FUNCTION jixiao_report_audit();

-- Manual scores: not while the report is approved, and every change in the audit trail.
CREATE FUNCTION jixiao_manual_score_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = @schema@, pg_temp AS $$
DECLARE
  r bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.report_id ELSE NEW.report_id END;
BEGIN
  IF EXISTS (SELECT 1 FROM jixiao_report WHERE id = r AND status = 'approved') THEN
    RAISE EXCEPTION 'report % is approved: its scores cannot change', r USING ERRCODE = 'JXLCK';
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
CREATE TRIGGER jixiao_manual_score_guard BEFORE INSERT OR UPDATE OR DELETE ON jixiao_manual_score
  FOR EACH ROW EXECUTE FUNCTION jixiao_manual_score_guard();

CREATE FUNCTION jixiao_manual_score_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = @schema@, pg_temp AS $$
DECLARE
  r bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.report_id ELSE NEW.report_id END;
  item text := CASE WHEN TG_OP = 'DELETE' THEN OLD.item_id ELSE NEW.item_id END;
  before jsonb := 'null'::jsonb;
  after jsonb := 'null'::jsonb;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    before := jsonb_build_object('score_centi', OLD.score_centi, 'reason', OLD.reason);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    after := jsonb_build_object('score_centi', NEW.score_centi, 'reason', NEW.reason);
  END IF;
  IF before = after THEN
    RETURN NULL;
  END IF;
  INSERT INTO jixiao_audit (report_id, department, year, at, actor, action, revision, from_status, to_status, changes)
  SELECT rep.id, rep.department, rep.year, jixiao_now_ms(), session_user, 'score', rep.revision, rep.status, rep.status,
         jsonb_build_array(jsonb_build_object('path', 'manual_scores.' || item, 'old', before, 'new', after))::text
    FROM jixiao_report rep WHERE rep.id = r;
  RETURN NULL;
END
$$;
CREATE TRIGGER jixiao_manual_score_audit AFTER INSERT OR UPDATE OR DELETE ON jixiao_manual_score
  FOR EACH ROW EXECUTE FUNCTION jixiao_manual_score_audit();

-- Comments: the author and the time are the database's; only `resolved` may change later.
CREATE FUNCTION jixiao_comment_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = @schema@, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NOT jixiao_is_owner() THEN
      NEW.author := session_user;
    END IF;
    NEW.created_at := jixiao_now_ms();
    NEW.resolved := 0;
    NEW.resolved_by := '';
    NEW.resolved_at := NULL;
    RETURN NEW;
  END IF;
  IF NEW.report_id IS DISTINCT FROM OLD.report_id OR NEW.field_path IS DISTINCT FROM OLD.field_path
     OR NEW.author IS DISTINCT FROM OLD.author OR NEW.created_at IS DISTINCT FROM OLD.created_at
     OR NEW.body IS DISTINCT FROM OLD.body THEN
    RAISE EXCEPTION 'a comment cannot be rewritten' USING ERRCODE = '42501';
  END IF;
  IF NEW.resolved IS DISTINCT FROM OLD.resolved THEN
    NEW.resolved_by := CASE WHEN NEW.resolved = 0 THEN '' WHEN jixiao_is_owner() AND NEW.resolved_by <> '' THEN NEW.resolved_by ELSE session_user END;
    NEW.resolved_at := CASE WHEN NEW.resolved = 0 THEN NULL ELSE jixiao_now_ms() END;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER jixiao_comment_guard BEFORE INSERT OR UPDATE ON jixiao_comment
  FOR EACH ROW EXECUTE FUNCTION jixiao_comment_guard();

-- The audit trail is append-only, for the owner too (short of dropping this trigger).
CREATE FUNCTION jixiao_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail cannot be changed or deleted' USING ERRCODE = 'JXAUD';
END
$$;
CREATE TRIGGER jixiao_audit_append_only BEFORE UPDATE OR DELETE ON jixiao_audit
  FOR EACH ROW EXECUTE FUNCTION jixiao_audit_append_only();
CREATE TRIGGER jixiao_audit_no_truncate BEFORE TRUNCATE ON jixiao_audit
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_audit_append_only();

-- Row-level security. The owner is not subject to it (it owns the tables). Who may read a
-- report: reviewers, and the clerks of its department; edit it: its clerks; change its
-- status: its clerks and the reviewers (the guard trigger decides which step is whose).
ALTER TABLE jixiao_report ENABLE ROW LEVEL SECURITY;
CREATE POLICY jixiao_report_read ON jixiao_report FOR SELECT
  USING ((SELECT jixiao_session_has('reviewer'))
         OR jixiao_in_department(department, (SELECT jixiao_session_department())));
CREATE POLICY jixiao_report_add ON jixiao_report FOR INSERT
  WITH CHECK (jixiao_in_department(department, (SELECT jixiao_session_department())));
CREATE POLICY jixiao_report_change ON jixiao_report FOR UPDATE
  USING ((SELECT jixiao_session_has('reviewer'))
         OR jixiao_in_department(department, (SELECT jixiao_session_department())))
  WITH CHECK ((SELECT jixiao_session_has('reviewer'))
              OR jixiao_in_department(department, (SELECT jixiao_session_department())));
CREATE POLICY jixiao_report_remove ON jixiao_report FOR DELETE
  USING (jixiao_in_department(department, (SELECT jixiao_session_department())));

ALTER TABLE jixiao_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY jixiao_history_read ON jixiao_history FOR SELECT
  USING ((SELECT jixiao_session_has('reviewer'))
         OR jixiao_in_department(department, (SELECT jixiao_session_department())));
CREATE POLICY jixiao_history_add ON jixiao_history FOR INSERT
  WITH CHECK ((SELECT jixiao_session_has('reviewer'))
              OR jixiao_in_department(department, (SELECT jixiao_session_department())));
CREATE POLICY jixiao_history_change ON jixiao_history FOR UPDATE
  USING (jixiao_in_department(department, (SELECT jixiao_session_department())))
  WITH CHECK (jixiao_in_department(department, (SELECT jixiao_session_department())));

ALTER TABLE jixiao_audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY jixiao_audit_read ON jixiao_audit FOR SELECT
  USING ((SELECT jixiao_session_has('reviewer'))
         OR jixiao_in_department(department, (SELECT jixiao_session_department())));

-- Rows that belong to a report follow the report's rules (the subquery sees only the
-- reports the session may read).
ALTER TABLE jixiao_comment ENABLE ROW LEVEL SECURITY;
CREATE POLICY jixiao_comment_read ON jixiao_comment FOR SELECT
  USING (EXISTS (SELECT 1 FROM jixiao_report r WHERE r.id = report_id));
CREATE POLICY jixiao_comment_add ON jixiao_comment FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM jixiao_report r WHERE r.id = report_id));
CREATE POLICY jixiao_comment_change ON jixiao_comment FOR UPDATE
  USING (EXISTS (SELECT 1 FROM jixiao_report r WHERE r.id = report_id));

ALTER TABLE jixiao_manual_score ENABLE ROW LEVEL SECURITY;
CREATE POLICY jixiao_manual_score_read ON jixiao_manual_score FOR SELECT
  USING (EXISTS (SELECT 1 FROM jixiao_report r WHERE r.id = report_id));
CREATE POLICY jixiao_manual_score_write ON jixiao_manual_score FOR ALL
  USING (EXISTS (SELECT 1 FROM jixiao_report r WHERE r.id = report_id
                 AND jixiao_in_department(r.department, (SELECT jixiao_session_department()))))
  WITH CHECK (EXISTS (SELECT 1 FROM jixiao_report r WHERE r.id = report_id
                      AND jixiao_in_department(r.department, (SELECT jixiao_session_department()))));

ALTER TABLE jixiao_evaluation ENABLE ROW LEVEL SECURITY;
CREATE POLICY jixiao_evaluation_read ON jixiao_evaluation FOR SELECT
  USING (EXISTS (SELECT 1 FROM jixiao_report r WHERE r.id = report_id));
CREATE POLICY jixiao_evaluation_write ON jixiao_evaluation FOR ALL
  USING (EXISTS (SELECT 1 FROM jixiao_report r WHERE r.id = report_id
                 AND jixiao_in_department(r.department, (SELECT jixiao_session_department()))))
  WITH CHECK (EXISTS (SELECT 1 FROM jixiao_report r WHERE r.id = report_id
                      AND jixiao_in_department(r.department, (SELECT jixiao_session_department()))));

-- The group roles and their grants. Needs CREATEROLE: the migration runs it when the owner
-- has it, `jixiao users --db … init` otherwise (by someone who has).
CREATE FUNCTION jixiao_setup_roles() RETURNS void LANGUAGE plpgsql
SET search_path = @schema@, pg_temp AS $$
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
  EXECUTE format('GRANT UPDATE (status, status_note, revision, updated_at, updated_by, last_save_id) ON jixiao_report TO %I', reviewer);
  EXECUTE format('GRANT SELECT, INSERT ON jixiao_history, jixiao_comment TO %I', reviewer);
  EXECUTE format('GRANT UPDATE (resolved) ON jixiao_comment TO %I', reviewer);
  EXECUTE format('GRANT EXECUTE ON FUNCTION jixiao_user_set(text, text, text, boolean, boolean, boolean, text), '
                 'jixiao_user_remove(text) TO %I', admin);
END
$$;

-- Grants or revokes one group to a login (only what changes: no notices). Called by the
-- user functions below, as the owner.
CREATE FUNCTION jixiao_set_membership(p_group text, p_login text, p_wanted boolean) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  member boolean := EXISTS (SELECT 1 FROM pg_auth_members m
                             WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = p_group)
                               AND m.member = (SELECT oid FROM pg_roles WHERE rolname = p_login));
BEGIN
  IF p_wanted AND NOT member THEN
    EXECUTE format('GRANT %I TO %I', p_group, p_login);
  ELSIF NOT p_wanted AND member THEN
    EXECUTE format('REVOKE %I FROM %I', p_group, p_login);
  END IF;
END
$$;

-- Adds a person or changes their roles (and, when given, their password). Administrators
-- and the owner only; a login that exists outside the workspace is adopted by the owner
-- only, so an administrator can never take over someone else's account.
CREATE FUNCTION jixiao_user_set(p_login text, p_display_name text, p_department text, p_clerk boolean,
                                p_reviewer boolean, p_admin boolean, p_password text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @schema@, pg_temp AS $$
DECLARE
  prefix text := (SELECT value FROM jixiao_meta WHERE key = 'role_prefix');
  caller_is_owner boolean := jixiao_is_owner();
  known boolean := EXISTS (SELECT 1 FROM jixiao_user WHERE login = p_login);
  target pg_roles%ROWTYPE;
BEGIN
  IF NOT (caller_is_owner OR jixiao_may('admin', '')) THEN
    RAISE EXCEPTION 'only an administrator of the workspace may manage its users' USING ERRCODE = '42501';
  END IF;
  IF p_login IS NULL OR p_login !~ '^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$' THEN
    RAISE EXCEPTION 'invalid login name %', p_login USING ERRCODE = 'JXUSR';
  END IF;
  IF p_clerk AND btrim(COALESCE(p_department, '')) = '' THEN
    RAISE EXCEPTION 'a clerk needs a department' USING ERRCODE = 'JXUSR';
  END IF;
  IF prefix IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = prefix || '_clerk') THEN
    RAISE EXCEPTION 'the group roles of the workspace are missing' USING ERRCODE = 'JXROL';
  END IF;
  SELECT * INTO target FROM pg_roles WHERE rolname = p_login;
  IF FOUND THEN
    IF target.rolsuper OR pg_has_role(p_login, (SELECT relowner FROM pg_class WHERE oid = 'jixiao_report'::regclass), 'MEMBER')
       OR target.rolname LIKE prefix || '\_%' THEN
      RAISE EXCEPTION 'login % is the owner, a superuser or a group of the workspace', p_login USING ERRCODE = '42501';
    END IF;
    IF NOT known AND NOT caller_is_owner THEN
      RAISE EXCEPTION 'login % exists outside the workspace: only the owner may add it', p_login USING ERRCODE = '42501';
    END IF;
    IF COALESCE(p_password, '') <> '' THEN
      EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_login, p_password);
    END IF;
  ELSE
    IF COALESCE(p_password, '') = '' THEN
      RAISE EXCEPTION 'a new login needs a password' USING ERRCODE = 'JXUSR';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_password);
  END IF;
  PERFORM jixiao_set_membership(prefix || '_clerk', p_login, p_clerk);
  PERFORM jixiao_set_membership(prefix || '_reviewer', p_login, p_reviewer);
  PERFORM jixiao_set_membership(prefix || '_admin', p_login, p_admin);
  INSERT INTO jixiao_user (login, display_name, department, clerk, reviewer, admin, created_at)
  VALUES (p_login, COALESCE(p_display_name, ''), CASE WHEN p_clerk THEN btrim(p_department) ELSE '' END,
          p_clerk::int, p_reviewer::int, p_admin::int, jixiao_now_ms())
  ON CONFLICT (login) DO UPDATE SET display_name = EXCLUDED.display_name, department = EXCLUDED.department,
    clerk = EXCLUDED.clerk, reviewer = EXCLUDED.reviewer, admin = EXCLUDED.admin;
END
$$;

-- Takes a person out of the workspace: no group, no row, so no access. The login itself
-- stays (it may be used elsewhere); DROP ROLE it when it is not.
CREATE FUNCTION jixiao_user_remove(p_login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @schema@, pg_temp AS $$
DECLARE
  prefix text := (SELECT value FROM jixiao_meta WHERE key = 'role_prefix');
  g text;
BEGIN
  IF NOT (jixiao_is_owner() OR jixiao_may('admin', '')) THEN
    RAISE EXCEPTION 'only an administrator of the workspace may manage its users' USING ERRCODE = '42501';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM jixiao_user WHERE login = p_login) THEN
    RAISE EXCEPTION 'login % is not a user of the workspace', p_login USING ERRCODE = 'JXUSR';
  END IF;
  FOREACH g IN ARRAY ARRAY[prefix || '_clerk', prefix || '_reviewer', prefix || '_admin'] LOOP
    PERFORM jixiao_set_membership(g, p_login, false);
  END LOOP;
  DELETE FROM jixiao_user WHERE login = p_login;
END
$$;

REVOKE ALL ON FUNCTION jixiao_setup_roles() FROM PUBLIC;
REVOKE ALL ON FUNCTION jixiao_set_membership(text, text, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION jixiao_user_set(text, text, text, boolean, boolean, boolean, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION jixiao_user_remove(text) FROM PUBLIC;

-- The group roles, when the owner may create roles (else later: `jixiao users init`).
DO $$ BEGIN IF (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN PERFORM jixiao_setup_roles(); END IF; END $$;
