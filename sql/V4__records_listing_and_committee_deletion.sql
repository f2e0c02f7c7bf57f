-- The records list reads newest first: an index in its order, so that no page sorts the table.
create index activity_record_listing on activity_record (record_date desc nulls last, id, committee);
-- and the filters a clerk reads most, its own committee by kind and year, without a scan of all its records
create index activity_record_committee_kind on activity_record (committee, kind, year);

-- A committee the city office deletes: each of its rows is audited with its fields before and
-- none after.
alter table audit_change alter column after_value drop not null;
alter table audit_event drop constraint audit_event_action_known;
alter table audit_event add constraint audit_event_action_known
    check (action in ('IMPORT', 'CREATE', 'EDIT', 'DELETE', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'SIGN_IN_LOCKED'));
