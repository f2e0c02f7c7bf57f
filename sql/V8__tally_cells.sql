-- The tally cube kept in the database (DESIGN §6, §11): per committee and year, the records
-- grouped by the six fields rules may filter on and by their review, with how many records, the
-- sum of their quantities and the exact sum of their scores. Every import, edit, review decision
-- and deletion changes the cells of the records it changes in its own transaction, so scoring
-- reads cells, never records. "No subtype" and "no satisfaction" are kept as '' so that they can
-- be part of the key.
create table tally_cell (
    committee     varchar(32)     not null,
    year          integer         not null,
    kind          varchar(24)     not null,
    subtype       varchar(100)    not null,
    level_reached varchar(16)     not null,
    status        varchar(16)     not null,
    converted     boolean         not null,
    satisfaction  varchar(24)     not null,
    review        varchar(16)     not null,
    records       bigint          not null,
    quantity      bigint          not null,
    -- each score as its shortest decimal text, added exactly
    score         decimal(60, 40) not null,
    primary key (committee, year, kind, subtype, level_reached, status, converted, satisfaction, review),
    foreign key (committee, year) references committee_year (committee, year),
    constraint tally_cell_records_positive check (records > 0)
);

create index tally_cell_year on tally_cell (year);

-- Raised with every change of a committee year's cells, so that the application re-reads only the
-- cells of the committee years that changed since it last read them.
alter table committee_year add column cells_version bigint default 0 not null;

insert into tally_cell (committee, year, kind, subtype, level_reached, status, converted, satisfaction, review,
                        records, quantity, score)
select committee, year, kind, coalesce(subtype, ''), level_reached, status, converted, coalesce(satisfaction, ''),
       review, count(*), sum(quantity), coalesce(sum(cast(cast(score as varchar(40)) as decimal(60, 40))), 0)
from activity_record
group by committee, year, kind, coalesce(subtype, ''), level_reached, status, converted, coalesce(satisfaction, ''),
         review;

-- Rebuilding the cube from the records is audited, and tells the application to score again.
alter table audit_event drop constraint audit_event_action_known;
alter table audit_event add constraint audit_event_action_known
    check (action in ('IMPORT', 'CREATE', 'EDIT', 'DELETE', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'SIGN_IN_LOCKED',
                      'STATE', 'CLOSING_DATE', 'OBJECTION', 'ANSWER',
                      'APPROVE', 'RETURN', 'EVIDENCE_ADDED', 'EVIDENCE_DELETED', 'REPORTED',
                      'USER_CREATED', 'USER_CHANGED', 'USER_DISABLED', 'USER_ENABLED', 'PASSWORD_RESET',
                      'PASSWORD_CHANGED', 'CUBE_REBUILT'));
