-- attendees_at() as the read model keeps it (attendees_state): the same fold of the live claims now, plus what
-- a row needs to take in later claims without a refold (the latest claim's ordering key, the distinct stories).
-- `subjects` / `after` restrict it as in live_claims.
create or replace macro attendees_parts(subjects := null, after := null) as table
with reports as (
    select
        *,
        coalesce(person_id, 'country:' || country_id) as attendee_key
    from live_claims(subjects := subjects, after := after)
    where event_type = 'attendance_reported'
),
folded as (
    select
        summit_id,
        attendee_key,
        arg_max({'summit': summit, 'person': person, 'person_id': person_id,
                 'role': role, 'country': country, 'status': status,
                 'capacity': capacity, 'mode': mode, 'source': source, 'url': url,
                 'evidence': sentence, 'rule': rule, 'event_id': event_id}, (valid_time, reported, event_id)) as latest,
        arg_max({'valid_time': valid_time, 'reported': reported, 'event_id': event_id},
                (valid_time, reported, event_id)) as latest_key,
        list(distinct story_id) filter (where story_id is not null) as stories,
        min(reported) as first_reported,
        max(reported) as last_reported,
        list(distinct url order by url) filter (where url is not null) as urls,
        count(*) as n_mentions
    from reports
    group by summit_id, attendee_key
)
select
    summit_id,
    latest.summit as summit,
    latest.person as person,
    latest.person_id as person_id,
    latest.role as role,
    latest.country as country,
    latest.status as status,
    latest.capacity as capacity,
    latest.mode as mode,
    coalesce(len(stories), 0) as n_sources,
    first_reported,
    last_reported,
    latest.source as source,
    latest.url as url,
    latest.evidence as evidence,
    latest.rule as rule,
    latest.event_id as event_id,
    urls,
    n_mentions,
    attendee_key,
    latest_key,
    stories
from folded
