-- Cassation waived by both the person and the officier before the period to lodge it ran out: the record of the
-- waiver is kept, as every decision in an extradition case is kept with its document.
alter table extradition_case add column cassation_waiver_document varchar(200);
