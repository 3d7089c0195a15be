-- A measure's kind decides whether the rechter-commissaris is needed and whether a complaint can be lodged.
alter table request_measure add column kind varchar(40) default 'OTHER' not null;
-- A European Investigation Order's issuing authority (Annex A, section K) and, where it is no judicial authority,
-- the authority that validated it (section L).
alter table request add column issuing_authority_kind varchar(40);
alter table request add column validating_authority varchar(200);
