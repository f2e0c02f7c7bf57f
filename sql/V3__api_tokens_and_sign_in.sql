-- The audit trail of the accounts: sign-ins locked.

-- Audit events of the accounts, whose rows in audit_change are the lock (SIGN_IN).
alter table audit_event drop constraint audit_event_action_known;
alter table audit_event add constraint audit_event_action_known
    check (action in ('IMPORT', 'CREATE', 'EDIT', 'SIGN_IN_LOCKED'));
alter table audit_event drop constraint audit_event_content_known;
alter table audit_event add constraint audit_event_content_known
    check (content in ('COMMITTEES', 'RECORDS', 'USERS'));
alter table audit_change drop constraint audit_change_entity_known;
alter table audit_change add constraint audit_change_entity_known
    check (entity in ('COMMITTEE_YEAR', 'RECORD', 'SIGN_IN'));
