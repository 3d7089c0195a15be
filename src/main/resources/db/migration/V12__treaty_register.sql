-- The legal basis is now read from the treaty register: several instruments may be named, with why each applies.
-- Whether an organised criminal group is involved and the offence is transnational decides whether UNTOC applies.
alter table request alter column legal_basis set data type varchar(2000);
alter table request alter column legal_basis_source set data type varchar(2000);
alter table request add column legal_basis_explanation varchar(8000);
alter table request add column legal_basis_confirmed boolean;
alter table request add column organised_criminal_group boolean;
alter table request add column transnational_offence boolean;
