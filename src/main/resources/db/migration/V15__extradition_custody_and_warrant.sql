-- The detention order a person is held on after a provisional arrest (inverzekeringstelling by the officier van
-- justitie, bewaring by the rechter-commissaris, gevangenhouding by the court), who ordered it, when it ends and the
-- order's reference; when consent to simplified extradition was given; the court's ruling per offence (speciality
-- follows the offences found admissible); the cassation lodging deadline; the Dutch warrant behind an outgoing
-- request; when the requested state's conditions reached the trial prosecutor; a transfer of enforcement offered
-- instead of the extradition of a Dutch national.
alter table extradition_case add column custody_title varchar(32);
alter table extradition_case add column custody_ordered_by varchar(32);
alter table extradition_case add column custody_ordered_on date;
alter table extradition_case add column custody_ends_on date;
alter table extradition_case add column custody_order_document varchar(200);
alter table extradition_case add column consent_given_on date;
alter table extradition_case add column admissible_offences varchar(2000);
alter table extradition_case add column inadmissible_offences varchar(2000);
alter table extradition_case add column cassation_lodging_due_on date;
alter table extradition_case add column dutch_warrant_kind varchar(32);
alter table extradition_case add column dutch_warrant_issued_on date;
alter table extradition_case add column dutch_warrant_document varchar(200);
alter table extradition_case add column conditions_passed_on date;
alter table extradition_case add column enforcement_transfer varchar(32);
