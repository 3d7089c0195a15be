-- Outgoing requests: drafted here, sent abroad, each reply interpreted and every proposed action followed up.
-- A request the Netherlands sends has no foreign reference until the requested state gives one, and is not
-- executed in a Dutch region.
alter table request alter column foreign_reference drop not null;
alter table request alter column execution_region drop not null;

-- The investigation it serves and the policy tags of the 2022 letter (Kamerstuk 29 911 nr. 355), for reporting.
alter table request add column investigation varchar(200);
alter table request add column policy_sub_goal varchar(32);
alter table request add column phenomenon varchar(32);
-- The language the request is written in and, once translated, the language of the translation (ISO 639-1).
alter table request add column request_language varchar(2);
alter table request add column translation_language varchar(2);
-- The liaison magistrate's post informed of the request, if one covers the requested state.
alter table request add column liaison_post varchar(200);
-- A supplementary request points at the request whose reply called for it.
alter table request add column parent_request_id bigint references request (id);
create index ix_request_investigation on request (investigation);
create index ix_request_parent on request (parent_request_id);

-- The kinds of documents enclosed with a request; the completeness rules read them.
create table request_enclosure (
    request_id  bigint       not null references request (id),
    kind        varchar(32)  not null,
    primary key (request_id, kind)
);

-- Which interpretation task took up a reply, so every reply is interpreted exactly once.
alter table request_message add column interpretation_task_id varchar(64);

-- The analyst's interpretation of one reply: what was obtained, its relevance, whether it is complete, what next.
create table request_reply_analysis (
    id             bigint        not null primary key,
    request_id     bigint        not null references request (id),
    message_id     bigint        not null references request_message (id),
    analysed_by    varchar(64)   not null,
    analysed_at    timestamp with time zone not null,
    obtained       varchar(4000) not null,
    relevance      varchar(16)   not null,
    reply_complete boolean       not null,
    next_steps     varchar(4000) not null,
    constraint uk_reply_analysis_message unique (message_id)
);
create index ix_reply_analysis_request on request_reply_analysis (request_id);
create sequence request_reply_analysis_seq start with 1 increment by 50;

-- Each action an interpretation proposes, tracked with its owner and due date until it is done.
create table request_follow_up_action (
    id                 bigint        not null primary key,
    request_id         bigint        not null references request (id),
    analysis_id        bigint        not null references request_reply_analysis (id),
    kind               varchar(32)   not null,
    description        varchar(2000) not null,
    owner              varchar(64),
    due_on             date,
    state              varchar(16)   not null,
    result             varchar(4000),
    completed_by       varchar(64),
    completed_at       timestamp with time zone,
    linked_request_id  bigint references request (id)
);
create index ix_follow_up_action_request on request_follow_up_action (request_id);
create sequence request_follow_up_action_seq start with 1 increment by 50;
