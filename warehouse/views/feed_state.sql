-- The conditional-GET state of every feed: the validators of its latest answered fetch.
with fetched as (
    select
        stream_id,
        arg_max(payload, position) as payload,
        max(recorded_at) as last_fetched,
        count(*) as n_fetches
    from events
    where event_type = 'feed_fetched'
    group by stream_id
)
select
    stream_id as feed,
    payload ->> 'url' as url,
    payload ->> 'name' as name,
    payload ->> 'etag' as etag,
    payload ->> 'last_modified' as last_modified,
    payload ->> 'body_hash' as body_hash,
    last_fetched,
    n_fetches
from fetched
