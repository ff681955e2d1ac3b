-- Bilateral meetings the articles report (two named people who meet), one row per pair and date, folded over the
-- live claims (newest extraction, retractions applied) with their sources and evidence.
select
    e.payload ->> 'people' as people,
    e.payload ->> 'person_ids' as person_ids,
    e.payload ->> 'when' as "when",
    count(distinct l.story_id) as n_sources,
    min(l.reported) as first_reported,
    list(distinct l.url order by l.url) filter (where l.url is not null) as urls,
    arg_max(l.sentence, (l.recorded_at, l.position)) as evidence,
    arg_max(l.article_id, (l.recorded_at, l.position)) as article_id
from live_claims() l
join events e on e.event_id = l.event_id
where l.event_type = 'bilateral_meeting_reported'
group by e.payload ->> 'people', e.payload ->> 'person_ids', e.payload ->> 'when'
