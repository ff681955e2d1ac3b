-- People the dictionaries do not know yet (provisional `new:` ids), with every mention, for an operator to add.
with mentions as (
    select
        payload ->> 'person_id' as provisional_id,
        coalesce(payload ->> 'name_as_written', payload ->> 'person') as name_as_written,
        payload ->> 'role' as role,
        payload ->> 'country' as country,
        payload ->> 'summit_id' as summit_id,
        article_id,
        producer,
        sentence,
        position
    from events
    where event_type = 'attendance_reported'
      and (payload ->> 'resolution' = 'new' or payload ->> 'person_id' like 'new:%')
),
latest as (
    -- a mention counts only while its article's newest extraction still leaves it unresolved
    select article_id, arg_max(producer, position) as producer
    from events
    where event_type = 'article_extracted'
    group by article_id
)
select
    m.provisional_id,
    arg_max(m.name_as_written, m.position) as name_as_written,
    arg_max(m.role, m.position) as role,
    arg_max(m.country, m.position) as country,
    count(*) as n_mentions,
    count(distinct m.article_id) as n_articles,
    list(distinct m.name_as_written) as spellings,
    list(distinct m.summit_id) as summits,
    arg_max(m.sentence, m.position) as example
from mentions m
join latest l on l.article_id = m.article_id and l.producer = m.producer
group by m.provisional_id
order by n_mentions desc, m.provisional_id
