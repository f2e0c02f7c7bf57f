-- Users the city office manages in the web pages (/account/users), beside those of the settings
-- (sixrates.users, admin and the demo accounts), which take precedence: a name the settings define
-- is never taken from this table.
create table app_user (
    username           varchar(64)              not null primary key,
    -- {bcrypt}$2a$10$…, as hash-password prints it; never the password itself
    password_hash      varchar(100)             not null,
    role               varchar(16)              not null,
    -- the committee a CLERK works for; none for ADMIN and VIEWER
    committee          varchar(32),
    enabled            boolean                  not null,
    -- a password the office set or generated: its owner is asked to choose its own at sign-in
    password_temporary boolean                  not null,
    password_set_at    timestamp with time zone not null,
    password_set_by    varchar(100)             not null,
    -- raised at every change of the account; a session signed in at an older version ends
    version            integer                  not null,
    created_at         timestamp with time zone not null,
    created_by         varchar(100)             not null,
    constraint app_user_role_known check (role in ('ADMIN', 'CLERK', 'VIEWER')),
    constraint app_user_clerk_has_committee check ((role = 'CLERK' and committee is not null)
                                                   or (role <> 'CLERK' and committee is null))
);

-- Audit events of the users: created, changed (role, committee), disabled, enabled, a password reset by
-- the office or changed by its owner; their rows in audit_change are the user's fields (entity USER),
-- never a password or its hash.
alter table audit_event drop constraint audit_event_action_known;
alter table audit_event add constraint audit_event_action_known
    check (action in ('IMPORT', 'CREATE', 'EDIT', 'DELETE', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'SIGN_IN_LOCKED',
                      'STATE', 'CLOSING_DATE', 'OBJECTION', 'ANSWER',
                      'APPROVE', 'RETURN', 'EVIDENCE_ADDED', 'EVIDENCE_DELETED', 'REPORTED',
                      'USER_CREATED', 'USER_CHANGED', 'USER_DISABLED', 'USER_ENABLED', 'PASSWORD_RESET',
                      'PASSWORD_CHANGED'));
alter table audit_change drop constraint audit_change_entity_known;
alter table audit_change add constraint audit_change_entity_known
    check (entity in ('COMMITTEE_YEAR', 'RECORD', 'API_TOKEN', 'SIGN_IN', 'YEAR', 'OBJECTION', 'RECORD_CHANGE',
                      'EVIDENCE', 'REPORTING', 'USER'));
