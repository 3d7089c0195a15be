-- The document of each decision recorded in an extradition case (the ruling's ECLI or reference, the Minister's
-- decision letter), and the kort geding's date: a decision is recorded with its date and its document.
alter table extradition_case add column court_decision_document varchar(200);
alter table extradition_case add column supreme_court_document varchar(200);
alter table extradition_case add column minister_decision_document varchar(200);
alter table extradition_case add column summary_proceedings_decided_on date;
alter table extradition_case add column summary_proceedings_document varchar(200);
alter table extradition_case add column summary_appeal_document varchar(200);
