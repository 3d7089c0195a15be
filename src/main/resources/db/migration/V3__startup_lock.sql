-- One row that nodes lock while they set up groups, grants and filters at start-up, so nodes starting together
-- on one database take turns instead of inserting the same rows twice.
create table startup_lock (
    id integer not null primary key
);
insert into startup_lock (id) values (1);
