-- Every dictionary version the log has seen: recorded by `dictionary_loaded` events, or only named by the
-- producers of claims ('rules-N+dict-<hash>'); with how many claims and articles each produced.
with loaded as (
    select
        payload ->> 'version' as version,
        payload ->> 'base_version' as base_version,
        payload ->> 'origin' as origin,
        payload ->> 'folder' as folder,
        (payload ->> 'additions')::integer as additions,
        (payload ->> 'people')::integer as people,
        (payload ->> 'offices')::integer as offices,
        payload -> 'files' as files,
        recorded_at as loaded_at,
        position
    from events
    where event_type = 'dictionary_loaded'
),
used as (
    select
        split_part(producer, '+', 2) as version,
        count(*) as n_claims,
        count(distinct article_id) as n_articles,
        min(recorded_at) as first_used,
        min(position) as first_position
    from events
    where event_type like '%\_reported' escape '\' and producer like '%+dict-%'
    group by 1
)
select
    coalesce(l.version, u.version) as version,
    l.base_version,
    l.origin,
    l.additions,
    l.people,
    l.offices,
    coalesce(u.n_claims, 0) as n_claims,
    coalesce(u.n_articles, 0) as n_articles,
    coalesce(l.loaded_at, u.first_used) as loaded_at,
    l.folder,
    l.files
from loaded l
full outer join used u on u.version = l.version
order by coalesce(l.position, u.first_position)
