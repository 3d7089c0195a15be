-- Consent to simplified extradition is given before the rechter-commissaris and laid down in a record (Uitleveringswet
-- art. 41): a consent recorded after the court was seized keeps that record's reference.
alter table extradition_case add column consent_document varchar(200);
