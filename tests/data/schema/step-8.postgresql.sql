-- Schema version 8 on PostgreSQL (issue 12, items 9–10). Run once by migration 8 as the
-- workspace owner. @schema@ is the workspace's schema (quoted). Earlier versions' scripts
-- stay as they were; what changes is replaced here.
--
-- Design:
--  * Every function of the workspace runs with search_path = pg_catalog, <schema>, pg_temp,
--    whatever the session's: on a server where public is writable (PostgreSQL 14 and older)
--    a login's own starts_with or = cannot stand in for the built-in ones. The policies call
--    the workspace's functions and tables by schema.
--  * The group roles are named after the database and its oid (and the schema's oid when the
--    workspace is not in public): jx_<name>_<oid>_clerk, …, so that databases whose names
--    differ only in case or punctuation (jixiao, JiXiao) never share them. The groups of
--    version 4's prefix (kept as former_role_prefix) lose their rights here; memberships
--    in them are left alone, another database may rely on them.
--  * A clerk reads only their own row of jixiao_user (an administrator, all of them).
--  * A report is added as a draft without a reviewer's note (the owner aside); a reviewer
--    changes a report only by its status, and its revision, time and save id are then the
--    server's.

-- The workflow, the read-only rule and the checks of versions 5 and 6, and the two rules
-- above for new reports and reviewers.
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


-- A clerk sees their own row of the people; an administrator, everyone.
ALTER TABLE jixiao_user ENABLE ROW LEVEL SECURITY;
CREATE POLICY jixiao_user_read ON jixiao_user FOR SELECT
  USING (login = session_user OR (SELECT @schema@.jixiao_session_has('admin')));

-- The policies, as before, with the workspace's functions and tables named by schema.
DROP POLICY jixiao_report_read ON jixiao_report;
DROP POLICY jixiao_report_add ON jixiao_report;
DROP POLICY jixiao_report_change ON jixiao_report;
DROP POLICY jixiao_report_remove ON jixiao_report;
CREATE POLICY jixiao_report_read ON jixiao_report FOR SELECT
  USING ((SELECT @schema@.jixiao_session_has('reviewer'))
         OR @schema@.jixiao_in_department(department, (SELECT @schema@.jixiao_session_department())));
CREATE POLICY jixiao_report_add ON jixiao_report FOR INSERT
  WITH CHECK (@schema@.jixiao_in_department(department, (SELECT @schema@.jixiao_session_department())));
CREATE POLICY jixiao_report_change ON jixiao_report FOR UPDATE
  USING ((SELECT @schema@.jixiao_session_has('reviewer'))
         OR @schema@.jixiao_in_department(department, (SELECT @schema@.jixiao_session_department())))
  WITH CHECK ((SELECT @schema@.jixiao_session_has('reviewer'))
              OR @schema@.jixiao_in_department(department, (SELECT @schema@.jixiao_session_department())));
CREATE POLICY jixiao_report_remove ON jixiao_report FOR DELETE
  USING (@schema@.jixiao_in_department(department, (SELECT @schema@.jixiao_session_department())));

DROP POLICY jixiao_history_read ON jixiao_history;
DROP POLICY jixiao_history_add ON jixiao_history;
DROP POLICY jixiao_history_change ON jixiao_history;
CREATE POLICY jixiao_history_read ON jixiao_history FOR SELECT
  USING ((SELECT @schema@.jixiao_session_has('reviewer'))
         OR @schema@.jixiao_in_department(department, (SELECT @schema@.jixiao_session_department())));
CREATE POLICY jixiao_history_add ON jixiao_history FOR INSERT
  WITH CHECK ((SELECT @schema@.jixiao_session_has('reviewer'))
              OR @schema@.jixiao_in_department(department, (SELECT @schema@.jixiao_session_department())));
CREATE POLICY jixiao_history_change ON jixiao_history FOR UPDATE
  USING (@schema@.jixiao_in_department(department, (SELECT @schema@.jixiao_session_department())))
  WITH CHECK (@schema@.jixiao_in_department(department, (SELECT @schema@.jixiao_session_department())));

DROP POLICY jixiao_audit_read ON jixiao_audit;
CREATE POLICY jixiao_audit_read ON jixiao_audit FOR SELECT
  USING ((SELECT @schema@.jixiao_session_has('reviewer'))
         OR @schema@.jixiao_in_department(department, (SELECT @schema@.jixiao_session_department())));

DROP POLICY jixiao_comment_read ON jixiao_comment;
DROP POLICY jixiao_comment_add ON jixiao_comment;
DROP POLICY jixiao_comment_change ON jixiao_comment;
CREATE POLICY jixiao_comment_read ON jixiao_comment FOR SELECT
  USING (EXISTS (SELECT 1 FROM @schema@.jixiao_report r WHERE r.id = report_id));
CREATE POLICY jixiao_comment_add ON jixiao_comment FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM @schema@.jixiao_report r WHERE r.id = report_id));
CREATE POLICY jixiao_comment_change ON jixiao_comment FOR UPDATE
  USING (EXISTS (SELECT 1 FROM @schema@.jixiao_report r WHERE r.id = report_id));

DROP POLICY jixiao_manual_score_read ON jixiao_manual_score;
DROP POLICY jixiao_manual_score_write ON jixiao_manual_score;
CREATE POLICY jixiao_manual_score_read ON jixiao_manual_score FOR SELECT
  USING (EXISTS (SELECT 1 FROM @schema@.jixiao_report r WHERE r.id = report_id));
CREATE POLICY jixiao_manual_score_write ON jixiao_manual_score FOR ALL
  USING (EXISTS (SELECT 1 FROM @schema@.jixiao_report r WHERE r.id = report_id
                 AND @schema@.jixiao_in_department(r.department, (SELECT @schema@.jixiao_session_department()))))
  WITH CHECK (EXISTS (SELECT 1 FROM @schema@.jixiao_report r WHERE r.id = report_id
                      AND @schema@.jixiao_in_department(r.department, (SELECT @schema@.jixiao_session_department()))));

DROP POLICY jixiao_evaluation_read ON jixiao_evaluation;
DROP POLICY jixiao_evaluation_write ON jixiao_evaluation;
DROP POLICY jixiao_evaluation_review_add ON jixiao_evaluation;
DROP POLICY jixiao_evaluation_review_change ON jixiao_evaluation;
CREATE POLICY jixiao_evaluation_read ON jixiao_evaluation FOR SELECT
  USING (EXISTS (SELECT 1 FROM @schema@.jixiao_report r WHERE r.id = report_id));
CREATE POLICY jixiao_evaluation_write ON jixiao_evaluation FOR ALL
  USING (EXISTS (SELECT 1 FROM @schema@.jixiao_report r WHERE r.id = report_id
                 AND @schema@.jixiao_in_department(r.department, (SELECT @schema@.jixiao_session_department()))))
  WITH CHECK (EXISTS (SELECT 1 FROM @schema@.jixiao_report r WHERE r.id = report_id
                      AND @schema@.jixiao_in_department(r.department, (SELECT @schema@.jixiao_session_department()))));
CREATE POLICY jixiao_evaluation_review_add ON jixiao_evaluation FOR INSERT
  WITH CHECK ((SELECT @schema@.jixiao_session_has('reviewer')));
CREATE POLICY jixiao_evaluation_review_change ON jixiao_evaluation FOR UPDATE
  USING ((SELECT @schema@.jixiao_session_has('reviewer'))) WITH CHECK ((SELECT @schema@.jixiao_session_has('reviewer')));

-- The group roles: created (when missing) with the prefix of this database, given their
-- rights, the people moved into them; the groups of the former prefix lose their rights
-- here. Needs CREATEROLE: the migration runs it when the owner has it, `jixiao users --db …
-- init` otherwise (by someone who has); until then the former groups keep working.
CREATE OR REPLACE FUNCTION jixiao_setup_roles() RETURNS void LANGUAGE plpgsql
SET search_path = pg_catalog, @schema@, pg_temp AS $$
DECLARE
  prefix text := (SELECT value FROM jixiao_meta WHERE key = 'role_prefix');
  former text := (SELECT value FROM jixiao_meta WHERE key = 'former_role_prefix');
  g text;
  clerk text := prefix || '_clerk';
  reviewer text := prefix || '_reviewer';
  admin text := prefix || '_admin';
  u record;
BEGIN
  FOREACH g IN ARRAY ARRAY[clerk, reviewer, admin] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', g);
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA @schema@ TO %I', g);
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
  IF former IS NOT NULL AND former <> prefix THEN
    FOR u IN SELECT j.login, j.clerk = 1 AS is_clerk, j.reviewer = 1 AS is_reviewer, j.admin = 1 AS is_admin
               FROM jixiao_user j LOOP
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = u.login) THEN
        PERFORM jixiao_set_membership(clerk, u.login, u.is_clerk);
        PERFORM jixiao_set_membership(reviewer, u.login, u.is_reviewer);
        PERFORM jixiao_set_membership(admin, u.login, u.is_admin);
      END IF;
    END LOOP;
    FOREACH g IN ARRAY ARRAY[former || '_clerk', former || '_reviewer', former || '_admin'] LOOP
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
        EXECUTE format('REVOKE ALL ON jixiao_meta, jixiao_user, jixiao_report, jixiao_manual_score, jixiao_evaluation, '
                       'jixiao_history, jixiao_comment, jixiao_audit FROM %I', g);
        EXECUTE format('REVOKE ALL ON FUNCTION jixiao_user_set(text, text, text, boolean, boolean, boolean, text), '
                       'jixiao_user_remove(text) FROM %I', g);
        EXECUTE format('REVOKE USAGE ON SCHEMA @schema@ FROM %I', g);
        -- Nobody's group any more, and no other database's: gone (otherwise left alone).
        IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid WHERE r.rolname = g) THEN
          BEGIN
            EXECUTE format('DROP ROLE %I', g);
          EXCEPTION WHEN dependent_objects_still_exist OR insufficient_privilege THEN
            NULL;
          END;
        END IF;
      END IF;
    END LOOP;
  END IF;
END
$$;
REVOKE ALL ON FUNCTION jixiao_setup_roles() FROM PUBLIC;

CREATE OR REPLACE FUNCTION jixiao_user_set(p_login text, p_display_name text, p_department text, p_clerk boolean,
                                           p_reviewer boolean, p_admin boolean, p_password text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, @schema@, pg_temp AS $$
DECLARE
  prefix text := (SELECT value FROM jixiao_meta WHERE key = 'role_prefix');
  former text := (SELECT value FROM jixiao_meta WHERE key = 'former_role_prefix');
  -- This workspace's groups, and those of its prefix before version 8 (members keep them:
  -- another database's workspace may share them; here they have no rights left).
  groups text[] := ARRAY[prefix || '_clerk', prefix || '_reviewer', prefix || '_admin']
                   || CASE WHEN former IS NULL THEN ARRAY[]::text[]
                           ELSE ARRAY[former || '_clerk', former || '_reviewer', former || '_admin'] END;
  caller_is_owner boolean := jixiao_is_owner();
  known boolean := EXISTS (SELECT 1 FROM jixiao_user WHERE login = p_login);
  target pg_roles%ROWTYPE;
  others text;
BEGIN
  p_password := NULLIF(p_password, ''); -- none given
  IF NOT (caller_is_owner OR jixiao_may('admin', '')) THEN
    RAISE EXCEPTION 'only an administrator of the workspace may manage its users' USING ERRCODE = '42501';
  END IF;
  IF p_login IS NULL OR p_login !~ '^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$' THEN
    RAISE EXCEPTION 'invalid login name %', p_login USING ERRCODE = 'JXUSR';
  END IF;
  IF p_password IS NOT NULL
     AND p_password !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$' THEN
    RAISE EXCEPTION 'a password is given as a SCRAM-SHA-256 verifier, never as text' USING ERRCODE = 'JXUSR';
  END IF;
  IF p_clerk AND btrim(COALESCE(p_department, '')) = '' THEN
    RAISE EXCEPTION 'a clerk needs a department' USING ERRCODE = 'JXUSR';
  END IF;
  IF prefix IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = prefix || '_clerk') THEN
    RAISE EXCEPTION 'the group roles of the workspace are missing' USING ERRCODE = 'JXROL';
  END IF;
  SELECT * INTO target FROM pg_roles WHERE rolname = p_login;
  IF FOUND THEN
    IF target.rolsuper OR pg_has_role(target.oid, (SELECT relowner FROM pg_class WHERE oid = 'jixiao_report'::regclass), 'MEMBER')
       OR target.rolname = ANY (groups) THEN
      RAISE EXCEPTION 'login % is the owner, a superuser or a group of the workspace', p_login USING ERRCODE = '42501';
    END IF;
    IF target.rolcreaterole OR target.rolbypassrls OR target.rolreplication THEN
      RAISE EXCEPTION 'login % may create roles, bypass row-level security or replicate: the workspace does not take it in',
        p_login USING ERRCODE = '42501';
    END IF;
    others := (SELECT string_agg(g.rolname, ', ' ORDER BY g.rolname) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                WHERE m.member = target.oid AND NOT g.rolname = ANY (groups));
    IF others IS NOT NULL THEN
      RAISE EXCEPTION 'login % is a member of other roles (%): the workspace does not take it in', p_login, others
        USING ERRCODE = '42501';
    END IF;
    IF NOT known AND NOT caller_is_owner THEN
      RAISE EXCEPTION 'login % exists outside the workspace: only the owner may add it', p_login USING ERRCODE = '42501';
    END IF;
    IF p_password IS NOT NULL THEN
      IF NOT EXISTS (SELECT 1 FROM jixiao_created_login c WHERE c.login = p_login AND c.role_oid = target.oid) THEN
        RAISE EXCEPTION 'login % was not created by the workspace: its password is the server administrator''s', p_login
          USING ERRCODE = '42501';
      END IF;
      EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password);
    END IF;
  ELSE
    IF p_password IS NULL THEN
      RAISE EXCEPTION 'a new login needs a password' USING ERRCODE = 'JXUSR';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
                   p_login, p_password);
    INSERT INTO jixiao_created_login (login, role_oid, created_at)
    VALUES (p_login, (SELECT oid FROM pg_roles WHERE rolname = p_login), jixiao_now_ms())
    ON CONFLICT (login) DO UPDATE SET role_oid = EXCLUDED.role_oid, created_at = EXCLUDED.created_at;
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
REVOKE ALL ON FUNCTION jixiao_user_set(text, text, text, boolean, boolean, boolean, text) FROM PUBLIC;

-- The prefix of this database's groups from now on (the former one kept for moving).
INSERT INTO jixiao_meta (key, value)
SELECT 'former_role_prefix', value FROM jixiao_meta WHERE key = 'role_prefix';
DELETE FROM jixiao_meta WHERE key = 'role_prefix';
INSERT INTO jixiao_meta (key, value)
SELECT 'role_prefix', 'jx_' || left(regexp_replace(lower(current_database()), '[^a-z0-9_]+', '_', 'g'), 30) || '_' || d.oid
       || CASE WHEN current_schema() = 'public' THEN '' ELSE '_' || n.oid END
  FROM pg_database d, pg_namespace n WHERE d.datname = current_database() AND n.nspname = current_schema();
DO $$
BEGIN
  IF (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
    PERFORM jixiao_setup_roles();
  END IF;
END
$$;

-- Last: every function of the workspace, of every version, with its search_path.
DO $$
DECLARE
  f regprocedure;
BEGIN
  FOR f IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = current_schema() AND p.proname LIKE 'jixiao\_%' LOOP
    EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, @schema@, pg_temp', f);
  END LOOP;
END
$$;

