-- Schema version 7 on PostgreSQL (issue 12, items 7–8): passwords and the logins a
-- workspace takes in. Run once by migration 7 as the workspace owner. @schema@ is the
-- workspace's schema (quoted). Earlier versions' scripts stay as they were.
--
-- Design:
--  * A password reaches the server only as a SCRAM-SHA-256 verifier, computed by the program
--    (libpq's PQencryptPasswordConn): jixiao_user_set refuses anything else, so that neither
--    the statement nor the server's log (which shows a failed statement with its values)
--    ever holds a password.
--  * jixiao_created_login remembers the logins the workspace created (name and oid); only
--    theirs does it set passwords for. A login that existed before (adopted by the owner)
--    keeps the password the server's administrator gave it. Logins added before version 7
--    count as adopted. The table has no grants: only the functions read it.
--  * No login is taken in (or has its password set) that could do more than the workspace
--    gives: a superuser, the owner, one that may create roles, pass row-level security or
--    replicate, or one that is a member of any role but this workspace's groups.

CREATE TABLE jixiao_created_login (login TEXT PRIMARY KEY, role_oid OID NOT NULL, created_at BIGINT NOT NULL);
REVOKE ALL ON jixiao_created_login FROM PUBLIC;

CREATE OR REPLACE FUNCTION jixiao_user_set(p_login text, p_display_name text, p_department text, p_clerk boolean,
                                           p_reviewer boolean, p_admin boolean, p_password text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, @schema@, pg_temp AS $$
DECLARE
  prefix text := (SELECT value FROM jixiao_meta WHERE key = 'role_prefix');
  groups text[] := ARRAY[prefix || '_clerk', prefix || '_reviewer', prefix || '_admin'];
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

