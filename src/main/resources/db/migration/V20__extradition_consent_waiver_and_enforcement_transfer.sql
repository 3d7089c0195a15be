-- Records an extradition case keeps beside the decisions of V19:
-- consent to simplified extradition is given before the rechter-commissaris and laid down in a record (Uitleveringswet
-- art. 41); a consent recorded after the court was seized keeps that record's reference.
alter table extradition_case add column consent_document varchar(200);
-- Cassation waived by both the person and the officier before the period to lodge it ran out: the deed of waiver.
alter table extradition_case add column cassation_waiver_document varchar(200);
-- After a refusal with the offer to take over the sentence's enforcement (WOTS): when the sentencing state answered,
-- and the reference its request for the transfer goes on under.
alter table extradition_case add column enforcement_transfer_answered_on date;
alter table extradition_case add column enforcement_transfer_reference varchar(200);
-- The court's advice to the Minister on the decision to take, given with a ruling that extradition is admissible.
alter table extradition_case add column court_advice varchar(2000);
-- Outgoing: the trial prosecutor who received the requested state's conditions and the offences granted (speciality).
alter table extradition_case add column trial_prosecutor varchar(200);
-- The judge's decision on continued detention when the formal request is late (ECE art. 16(4)): its date and reference.
alter table extradition_case add column custody_decided_on date;
alter table extradition_case add column custody_decision_document varchar(200);
-- AIRS closed a case whose formal request did not come after the release: when, and why.
alter table extradition_case add column closed_without_formal_request_on date;
alter table extradition_case add column closed_without_formal_request_reason varchar(2000);
