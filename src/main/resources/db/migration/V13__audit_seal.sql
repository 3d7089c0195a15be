-- The audit trail is sealed with a key outside the database: each entry names the key that sealed it, so a rotated key
-- still verifies the entries it sealed. Entries written before this have no key and are reported as unsealed.
alter table audit_entry add column key_id varchar(32);
-- How far each chain is recorded in a checkpoint outside the database; only chains that moved go into the next one.
alter table audit_chain add column checkpointed_seq bigint default 0 not null;
