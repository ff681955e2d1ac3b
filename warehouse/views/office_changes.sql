-- Changes of office the articles state (acting, took_office, left_office), one row per person, change and date,
-- folded over the live claims (newest extraction, retractions and merges applied) with their sources and evidence.
select
    any_value(l.person) as person,
    l.person_id,
    arg_max(l.role, (l.recorded_at, l.position)) as role,
    arg_max(l.country, (l.recorded_at, l.position)) as country,
    e.payload ->> 'change' as change,
    e.payload ->> 'when' as "when",
    arg_max(e.payload ->> 'predecessor', (l.recorded_at, l.position)) as predecessor,
    count(distinct l.story_id) as n_sources,
    min(l.reported) as first_reported,
    list(distinct l.url order by l.url) filter (where l.url is not null) as urls,
    arg_max(l.sentence, (l.recorded_at, l.position)) as evidence,
    arg_max(l.rule, (l.recorded_at, l.position)) as rule,
    arg_max(l.article_id, (l.recorded_at, l.position)) as article_id
from live_claims() l
join events e on e.event_id = l.event_id
where l.event_type = 'office_change_reported'
group by l.person_id, e.payload ->> 'change', e.payload ->> 'when'
