-- Claims made by an earlier version of an article that its latest version no longer makes.
with latest as (
    select article_id, arg_max(payload ->> 'content_hash', position) as content_hash
    from events
    where event_type = 'article_loaded'
    group by article_id
)
select distinct
    s.payload ->> 'claim_event_id' as claim_event_id,
    s.article_id,
    s.payload ->> 'content_hash' as content_hash
from events s
join latest l on l.article_id = s.article_id and l.content_hash = s.payload ->> 'content_hash'
where s.event_type = 'claim_superseded'
