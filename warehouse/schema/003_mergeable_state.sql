-- The read model, made incremental (warehouse/derived.py). Derived state only, rebuilt from `events` at will.
-- article_selection: the producer each article is read with now (its latest article_extracted or
-- article_reprojected by recorded time, then position), so the folds of "now" join a small table.
create table if not exists article_selection (
    article_id      varchar not null,
    producer        varchar,
    recorded_at     timestamp not null,
    position        bigint not null
);
-- What a state row needs besides its visible columns to take in a batch's new claims without a refold:
-- the ordering key of its latest claim, its distinct stories, and (members) the earliest `since` per status.
alter table members_state add column latest_key struct(valid_time varchar, reported varchar, event_id varchar);
alter table members_state add column stories varchar[];
alter table members_state add column since_by_status map(varchar, varchar);
alter table attendees_state add column latest_key struct(valid_time varchar, reported varchar, event_id varchar);
alter table attendees_state add column stories varchar[];
