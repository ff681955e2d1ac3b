-- One row per article: its latest loaded version, and the story it belongs to.
with loaded as (
    select
        article_id,
        arg_max(payload, position) as payload,
        min(recorded_at) as first_loaded,
        count(*) as n_versions
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
    first_loaded,
    coalesce(payload ->> 'origin', 'file') as origin,
    payload ->> 'canonical_url' as canonical_url,
    payload ->> 'fingerprint' as fingerprint,
    payload ->> 'feed' as feed,
    payload ->> 'author' as author,
    payload ->> 'language' as language,
    n_versions
from loaded
