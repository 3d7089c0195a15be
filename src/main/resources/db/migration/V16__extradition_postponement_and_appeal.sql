-- A surrender postponed for Dutch proceedings (ECE art. 19(1)) and when those ended; the Gerechtshof's ruling on
-- appeal in the kort geding against the State.
alter table extradition_case add column surrender_postponed boolean;
alter table extradition_case add column dutch_proceedings_ended_on date;
alter table extradition_case add column summary_appeal_outcome varchar(32);
