-- The attendees of each summit as known at `known_at` and as true on `valid_on` (null: now, any time):
-- per (summit, person or country), the latest live claim by valid time, then publication time, then event id.
-- `subjects` (summit ids; null: all) restricts the fold to them (the read model refolds only those).
create or replace macro attendees_at(known_at := null, valid_on := null, subjects := null) as table
with reports as (
    select
        *,
        coalesce(person_id, 'country:' || country_id) as attendee_key
    from live_claims(known_at := known_at, valid_on := valid_on, subjects := subjects)
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
        count(distinct story_id) as n_sources,
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
    n_sources,
    first_reported,
    last_reported,
    latest.source as source,
    latest.url as url,
    latest.evidence as evidence,
    latest.rule as rule,
    latest.event_id as event_id,
    urls,
    n_mentions,
    attendee_key
from folded
