-- The event log: appended to, never updated or deleted. Every fact a user reads is a view of it.
create table if not exists events (
    position        bigint not null,      -- global, gap-free order of arrival (1, 2, 3, ...)
    event_id        varchar not null,     -- deterministic idempotency key (uuid5 of the natural key)
    stream_id       varchar not null,     -- what the event is about: article:..., summit:..., organisation:...
    stream_type     varchar not null,
    event_type      varchar not null,     -- snake_case, past tense: article_loaded, attendance_reported, ...
    schema_version  integer not null,
    valid_time      varchar,              -- when the fact holds: YYYY, YYYY-MM or YYYY-MM-DD
    valid_precision varchar,              -- year | month | week | day
    recorded_at     timestamp not null,   -- when we learned it (UTC)
    batch_id        varchar not null,     -- the atomic batch the event arrived in
    article_id      varchar,              -- the source article
    published       varchar,              -- the source article's publication date
    producer        varchar not null,     -- extractor, loader or dictionary version
    rule            varchar,              -- the rule that produced a claim
    sentence        varchar,              -- the evidence sentence
    span_start      integer,              -- character span of the evidence in the article text
    span_end        integer,
    confidence      double,
    payload         json not null
);
