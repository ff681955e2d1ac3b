-- One row per failed input (feed, page or article file): its latest failure and how often it failed.
select
    stream_id as input,
    arg_max(payload ->> 'stage', (recorded_at, position)) as stage,
    arg_max(payload ->> 'reason', (recorded_at, position)) as reason,
    arg_max(payload ->> 'message', (recorded_at, position)) as message,
    count(*) as n_failures,
    min(recorded_at) as first_failed,
    max(recorded_at) as last_failed,
    arg_max(coalesce(payload ->> 'url', payload ->> 'path'), (recorded_at, position)) as url,
    arg_max(payload ->> 'feed', (recorded_at, position)) as feed
from events
where event_type = 'ingest_failed'
group by stream_id
