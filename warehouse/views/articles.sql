-- One row per article: its latest loaded version, and the story it belongs to.
with loaded as (
    select
        article_id,
        arg_max(payload, (recorded_at, event_id)) as payload,
        min(recorded_at) as first_loaded
    from events
    where event_type = 'article_loaded'
    group by article_id
)
select
    article_id,
    coalesce(payload ->> 'story_id', article_id) as story_id,
    payload ->> 'url' as url,
    payload ->> 'title' as title,
    payload ->> 'published' as published,
    payload ->> 'source' as source,
    payload ->> 'path' as path,
    payload ->> 'content_hash' as content_hash,
    first_loaded
from loaded
