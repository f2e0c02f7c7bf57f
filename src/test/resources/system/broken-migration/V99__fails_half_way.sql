-- For the first-migration tests: a migration that fails half-way, after its first table is made.
create table half_made (id integer primary key);
insert into no_such_table values (1);
