-- Schema version 9 on PostgreSQL (issue 12, what the checks cost). Run once by migration 9
-- as the workspace owner. @schema@ is the workspace's schema (quoted). Earlier versions'
-- scripts stay as they were; the functions replaced here keep their names, arguments and
-- answers.
--
-- Measured (bench/overview_bench, store_bench): the helpers the policies and triggers call
-- were SQL functions, which PostgreSQL plans again on every call once they carry a SET clause
-- or SECURITY DEFINER (jixiao_session_has: 0.24 ms a call, jixiao_may 0.18 ms); as PL/pgSQL
-- they keep their plans for the session (0.02–0.05 ms). The overview asked jixiao_basis and
-- jixiao_trusts once per report; jixiao_report_basis gives the basis of many reports in one
-- join, jixiao_trusted_evaluators the trusted logins once per query. jixiao_json_diff (the
-- audit trail's changes) walked the JSON by calling itself, paying the pinned search_path on
-- every node; it now walks it in one call, in the same order.

CREATE OR REPLACE FUNCTION jixiao_is_owner() RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, @schema@, pg_temp AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
      OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'jixiao_report'::regclass), 'MEMBER');
END
$$;

-- A clerk's department covers its copies; @copy_mark@ is CopyName::mark().
CREATE OR REPLACE FUNCTION jixiao_in_department(text, text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, @schema@, pg_temp AS $$
BEGIN
  RETURN $2 <> '' AND ($1 = $2 OR starts_with($1, $2 || '@copy_mark@'));
END
$$;

CREATE OR REPLACE FUNCTION jixiao_may(text, text) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, @schema@, pg_temp AS $$
BEGIN
  RETURN jixiao_is_owner() OR EXISTS (
    SELECT 1 FROM jixiao_user u WHERE u.login = session_user AND CASE $1
      WHEN 'read' THEN u.reviewer = 1 OR (u.clerk = 1 AND jixiao_in_department($2, u.department))
      WHEN 'edit' THEN u.clerk = 1 AND jixiao_in_department($2, u.department)
      WHEN 'review' THEN u.reviewer = 1
      WHEN 'admin' THEN u.admin = 1
      ELSE false END);
END
$$;

CREATE OR REPLACE FUNCTION jixiao_session_has(text) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, @schema@, pg_temp AS $$
BEGIN
  RETURN jixiao_is_owner() OR EXISTS (
    SELECT 1 FROM jixiao_user u WHERE u.login = session_user AND CASE $1
      WHEN 'clerk' THEN u.clerk = 1 WHEN 'reviewer' THEN u.reviewer = 1 WHEN 'admin' THEN u.admin = 1 ELSE false END);
END
$$;

CREATE OR REPLACE FUNCTION jixiao_session_department() RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, @schema@, pg_temp AS $$
BEGIN
  RETURN COALESCE((SELECT u.department FROM jixiao_user u WHERE u.login = session_user AND u.clerk = 1), '');
END
$$;

CREATE OR REPLACE FUNCTION jixiao_now_ms() RETURNS bigint LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, @schema@, pg_temp AS $$
BEGIN
  RETURN (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
END
$$;

CREATE OR REPLACE FUNCTION jixiao_in_range(n numeric) RETURNS boolean LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, @schema@, pg_temp AS $$
BEGIN
  RETURN n BETWEEN -9223372036854775808 AND 9223372036854775807;
END
$$;

-- The parts of every report's evaluation basis as they are now (see jixiao_basis): the
-- overview joins it instead of asking once per report. With the rights of whoever reads it.
CREATE VIEW jixiao_report_basis WITH (security_invoker = true) AS
  SELECT r.id AS report_id, r.content_md5, COALESCE(p.content_md5, '') AS previous_md5,
         COALESCE(s.scores_md5, '') AS scores_md5,
         r.content_md5 || ':' || COALESCE(p.content_md5, '') || ':' || COALESCE(s.scores_md5, '') AS basis
    FROM @schema@.jixiao_report r
    LEFT JOIN @schema@.jixiao_report p ON p.department = r.department AND p.year = r.year - 1
    LEFT JOIN LATERAL (
      SELECT md5(string_agg(m.item_id || E'\t' || COALESCE(m.score_centi::text, '') || E'\t' || m.reason,
                            E'\n' ORDER BY m.item_id COLLATE "C")) AS scores_md5
        FROM @schema@.jixiao_manual_score m WHERE m.report_id = r.id) s ON true;

-- What an evaluation of report p_report evaluated, when its content has the md5 p_md5 (the
-- content the workflow check is about, which may be a row not yet written): the previous
-- year and the manual scores as jixiao_report_basis has them. p_department and p_year are
-- the row's (kept for the callers; the view finds them by the report).
CREATE OR REPLACE FUNCTION jixiao_basis(p_report bigint, p_md5 text, p_department text, p_year integer) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, @schema@, pg_temp AS $$
BEGIN
  RETURN (SELECT p_md5 || ':' || b.previous_md5 || ':' || b.scores_md5 FROM jixiao_report_basis b WHERE b.report_id = p_report);
END
$$;

CREATE OR REPLACE FUNCTION jixiao_trusts(p_login text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, @schema@, pg_temp AS $$
BEGIN
  RETURN p_login = ANY (jixiao_trusted_evaluators());
END
$$;

-- The logins whose evaluations a reader takes as they are: the owner's (and its members'),
-- the superusers' and the reviewers'. Once per query: (SELECT jixiao_trusted_evaluators()).
CREATE FUNCTION jixiao_trusted_evaluators() RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, @schema@, pg_temp AS $$
BEGIN
  RETURN ARRAY(
    SELECT r.rolname::text FROM pg_roles r
     WHERE r.rolsuper OR pg_has_role(r.oid, (SELECT relowner FROM pg_class WHERE oid = 'jixiao_report'::regclass), 'MEMBER')
    UNION
    SELECT u.login FROM jixiao_user u WHERE u.reviewer = 1);
END
$$;

-- The fields that differ between two states of a report, as before (objects key by key in
-- the byte order of the keys, arrays of equal length element by element, anything else as one
-- change {path, old, new}, depth first), walked with a stack of its own.
CREATE OR REPLACE FUNCTION jixiao_json_diff(a jsonb, b jsonb, path text) RETURNS SETOF jsonb LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, @schema@, pg_temp AS $$
DECLARE
  olds jsonb[] := ARRAY[COALESCE(a, 'null'::jsonb)];
  news jsonb[] := ARRAY[COALESCE(b, 'null'::jsonb)];
  paths text[] := ARRAY[path];
  n integer;
  x jsonb;
  y jsonb;
  p text;
  k text;
  i integer;
BEGIN
  LOOP
    n := cardinality(paths);
    EXIT WHEN n = 0;
    x := olds[n];
    y := news[n];
    p := paths[n];
    olds := olds[1:n - 1];
    news := news[1:n - 1];
    paths := paths[1:n - 1];
    CONTINUE WHEN x = y;
    IF jsonb_typeof(x) = 'object' AND jsonb_typeof(y) = 'object' THEN
      -- Pushed last key first, so that they are taken in key order.
      FOR k IN SELECT key FROM (SELECT jsonb_object_keys(x) AS key UNION SELECT jsonb_object_keys(y)) keys
               ORDER BY key COLLATE "C" DESC LOOP
        olds := olds || COALESCE(x -> k, 'null'::jsonb);
        news := news || COALESCE(y -> k, 'null'::jsonb);
        paths := paths || CASE WHEN p = '' THEN k ELSE p || '.' || k END;
      END LOOP;
    ELSIF jsonb_typeof(x) = 'array' AND jsonb_typeof(y) = 'array' AND jsonb_array_length(x) = jsonb_array_length(y) THEN
      FOR i IN REVERSE jsonb_array_length(x) - 1 .. 0 LOOP
        olds := olds || COALESCE(x -> i, 'null'::jsonb);
        news := news || COALESCE(y -> i, 'null'::jsonb);
        paths := paths || (p || '[' || i || ']');
      END LOOP;
    ELSE
      RETURN NEXT jsonb_build_object('path', p, 'old', x, 'new', y);
    END IF;
  END LOOP;
END
$$;

-- The group roles' grants as in version 8, and the view for the readers of the overview.
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
  EXECUTE format('GRANT SELECT ON jixiao_report_basis TO %I, %I', clerk, reviewer);
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
DO $$
DECLARE
  prefix text := (SELECT value FROM jixiao_meta WHERE key = 'role_prefix');
  g text;
BEGIN
  FOREACH g IN ARRAY ARRAY[prefix || '_clerk', prefix || '_reviewer'] LOOP
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
      EXECUTE format('GRANT SELECT ON jixiao_report_basis TO %I', g);
    END IF;
  END LOOP;
END
$$;

