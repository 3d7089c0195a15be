-- When the request entered its current phase and its current clock, kept on the request itself, so each step can
-- tell the turnaround read model how long the previous one lasted without reading it back.
alter table request add column phase_entered_at timestamp with time zone;
alter table request add column clock_entered_at timestamp with time zone;
update request set phase_entered_at = updated_at, clock_entered_at = updated_at;
