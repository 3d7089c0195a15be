-- The request register: the case file of every request. The number in a reference is the request's id, drawn from a
-- sequence, so a reference is never reused (numbers run on across years).
create sequence request_seq start with 1 increment by 1;

create table request (
    id                      bigint        not null primary key,
    reference               varchar(16)   not null,
    foreign_reference       varchar(100)  not null,
    direction               varchar(16)   not null,
    request_type            varchar(16)   not null,
    requesting_state        varchar(2)       not null,
    requested_state         varchar(2)       not null,
    requesting_authority    varchar(200)  not null,
    legal_basis             varchar(300),
    legal_basis_source      varchar(300),
    route                   varchar(32),
    urgency                 varchar(16)   not null,
    requested_deadline      date,
    deadline_reason         varchar(1000),
    summary_of_facts        varchar(4000) not null,
    offences                varchar(1000) not null,
    offence_category        varchar(32)   not null,
    execution_region        varchar(32)   not null,
    receiving_authority     varchar(64)   not null,
    owning_irc              varchar(64),
    officer_of_justice      varchar(200),
    executing_service       varchar(64),
    phase                   varchar(16)   not null,
    stage                   varchar(32)   not null,
    clock                   varchar(16)   not null,
    clock_reason            varchar(200),
    outcome                 varchar(16),
    registered_by           varchar(64)   not null,
    received_on             date          not null,
    registered_at           timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    closed_at               timestamp with time zone,
    version                 bigint        not null,
    constraint uk_request_reference unique (reference),
    constraint uk_request_foreign_reference unique (requesting_state, foreign_reference)
);
create index ix_request_phase on request (phase);
create index ix_request_requesting_state on request (requesting_state);

create table request_measure (
    request_id   bigint        not null references request (id),
    sort_order   integer       not null,
    description  varchar(1000) not null,
    coercive     boolean       not null,
    primary key (request_id, sort_order)
);

create table request_person (
    request_id   bigint       not null references request (id),
    sort_order   integer      not null,
    role         varchar(32)  not null,
    full_name    varchar(200) not null,
    birth_date   date,
    nationality  varchar(2),
    primary key (request_id, sort_order)
);

-- Which authority groups take part in a request; decides who may see it.
create index ix_request_person_name on request_person (full_name);

create table request_authority (
    request_id   bigint       not null references request (id),
    authority    varchar(64)  not null,
    primary key (request_id, authority)
);
create index ix_request_authority_authority on request_authority (authority);

create table request_phase_transition (
    id           bigint       not null primary key,
    request_id   bigint       not null references request (id),
    phase        varchar(16)  not null,
    stage        varchar(32)  not null,
    clock        varchar(16)  not null,
    clock_reason varchar(200),
    entered_at   timestamp with time zone not null
);
create index ix_phase_transition_request on request_phase_transition (request_id);
create sequence request_phase_transition_seq start with 1 increment by 50;

-- Decisions taken in tasks, with who took them and the written reason.
create table request_decision (
    id           bigint        not null primary key,
    request_id   bigint        not null references request (id),
    task_key     varchar(100)  not null,
    decided_by   varchar(64)   not null,
    decided_at   timestamp with time zone not null,
    details      varchar(8000) not null
);
create index ix_request_decision_request on request_decision (request_id);
create sequence request_decision_seq start with 1 increment by 50;

-- What the foreign state sends during the request (supplements, withdrawal), each with its date.
create table request_message (
    id           bigint        not null primary key,
    request_id   bigint        not null references request (id),
    kind         varchar(32)   not null,
    received_on  date          not null,
    summary      varchar(4000),
    recorded_by  varchar(64)   not null,
    recorded_at  timestamp with time zone not null
);
create index ix_request_message_request on request_message (request_id);
create sequence request_message_seq start with 1 increment by 50;
