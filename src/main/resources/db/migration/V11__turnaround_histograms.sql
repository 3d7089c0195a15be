-- Closed requests' durations as histograms per calendar month (Europe/Amsterdam) and per value of each grouping, filled
-- once a month is over (a closed request never changes), so a year of statistics adds up a few thousand rows instead
-- of sorting hundreds of thousands. A month is in the histograms once and whole: its row in turnaround_histogram_month
-- is written in the same transaction as its histograms.
create table turnaround_histogram (
    closed_month    date         not null,
    dimension       varchar(16)  not null,
    dimension_value varchar(64)  not null,
    measure         varchar(16)  not null,
    bucket          integer      not null,
    requests        bigint       not null,
    breaches        bigint       not null
);
create index ix_turnaround_histogram on turnaround_histogram (dimension, closed_month);
create table turnaround_histogram_month (
    closed_month date primary key,
    rolled_up_at timestamp with time zone not null
);
