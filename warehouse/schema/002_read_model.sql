-- The typed read model: derived state, rebuilt from `events` at will (warehouse/derived.py), never the log.
-- claim_index: one typed row per claim event (payload fields as columns, upcast), so folds never parse JSON.
create table if not exists claim_index (
    event_id        varchar not null,
    position        bigint not null,
    event_type      varchar not null,
    stream_id       varchar,
    article_id      varchar,
    story_id        varchar,
    published       varchar,
    reported        varchar,              -- publication date, else the recorded day
    valid_time      varchar,
    recorded_at     timestamp not null,
    producer        varchar not null,
    rule            varchar,
    sentence        varchar,
    span_start      integer,
    span_end        integer,
    confidence      double,
    url             varchar,
    source          varchar,
    schema_version  integer,              -- as upcast (the newest version of its type)
    claim_key       varchar not null,     -- natural claim key (retractions and corrections name it)
    subject         varchar,              -- what the fold groups under: organisation or summit id
    summit_id       varchar,
    summit          varchar,
    organisation    varchar,
    since           varchar,
    status          varchar,
    person_id       varchar,
    person          varchar,
    country_id      varchar,
    country         varchar,
    role            varchar,
    capacity        varchar,
    mode            varchar,
    name            varchar,
    host_city       varchar,
    host_country    varchar,
    start_date      varchar,
    end_date        varchar
);
-- control_index: the events that decide which claims are live (producer selection, supersession, amendments).
create table if not exists control_index (
    event_id        varchar not null,
    position        bigint not null,
    event_type      varchar not null,
    article_id      varchar,
    producer        varchar,
    recorded_at     timestamp not null,
    content_hash    varchar,              -- article_loaded, claim_superseded
    claim_event_id  varchar,              -- claim_superseded
    target_event_id varchar,              -- claim_retracted, claim_corrected
    target_key      varchar,              -- claim_retracted, claim_corrected: claim key, else event id
    status          varchar,              -- claim_corrected
    from_id         varchar,              -- entities_merged
    into_id         varchar,
    into_name       varchar
);
-- The current picture of the two hot views, folded at append time for the subjects a batch touches.
create table if not exists members_state (
    organisation varchar, country varchar, status varchar, since varchar, n_sources bigint,
    first_reported varchar, last_reported varchar, source varchar, url varchar, evidence varchar, rule varchar,
    event_id varchar, urls varchar[], n_mentions bigint
);
create table if not exists attendees_state (
    summit_id varchar, summit varchar, person varchar, person_id varchar, role varchar, country varchar,
    status varchar, capacity varchar, mode varchar, n_sources bigint, first_reported varchar, last_reported varchar,
    source varchar, url varchar, evidence varchar, rule varchar, event_id varchar, urls varchar[], n_mentions bigint,
    attendee_key varchar
);
-- Which definition of the read model the tables above were built with (a hash of its SQL); empty: never built.
create table if not exists read_model (fingerprint varchar, position bigint, built_at timestamp);
