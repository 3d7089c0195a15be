-- The turnaround read model: one row per request, kept up to date in the engine's transaction as the request moves,
-- so the coordinators' statistics never scan the phase history or the engine's tables.
create table request_turnaround (
    request_id             bigint       not null primary key references request (id),
    reference              varchar(16)  not null,
    direction              varchar(16)  not null,
    request_type           varchar(16)  not null,
    partner_state          varchar(2)   not null,
    authority              varchar(64)  not null,
    urgency                varchar(16)  not null,
    policy_sub_goal        varchar(32),
    registered_at          timestamp with time zone not null,
    closed_at              timestamp with time zone,
    outcome                varchar(16),
    phase                  varchar(16)  not null,
    phase_entered_at       timestamp with time zone not null,
    clock                  varchar(16)  not null,
    clock_entered_at       timestamp with time zone not null,
    intake_seconds         bigint       not null,
    coordination_seconds   bigint       not null,
    analysis_seconds       bigint       not null,
    follow_up_seconds      bigint       not null,
    dutch_seconds          bigint       not null,
    abroad_seconds         bigint       not null,
    stopped_seconds        bigint       not null,
    turnaround_seconds     bigint,
    warn_at                timestamp with time zone not null,
    target_at              timestamp with time zone not null,
    fatal_at               timestamp with time zone not null,
    warned_at              timestamp with time zone,
    breached_at            timestamp with time zone
);
create index ix_turnaround_open on request_turnaround (closed_at, target_at);
create index ix_turnaround_warn on request_turnaround (closed_at, warn_at);
create index ix_turnaround_closed on request_turnaround (closed_at);
create index ix_turnaround_registered on request_turnaround (registered_at);
