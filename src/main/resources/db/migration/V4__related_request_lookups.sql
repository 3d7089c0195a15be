-- Related requests are found by foreign reference and by the names of the persons concerned, on every view of a
-- request: both need an index. Names are compared in lower case, kept in their own column so H2 can index it too.
alter table request_person add column name_key varchar(200);
update request_person set name_key = lower(full_name);
alter table request_person alter column name_key set not null;
create index ix_request_person_name_key on request_person (name_key);
create index ix_request_foreign_reference on request (foreign_reference);
drop index ix_request_person_name;
