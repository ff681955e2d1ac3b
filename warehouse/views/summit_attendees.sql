-- The attendees of each summit: per (summit, person or country), the latest claim by valid time,
-- then publication time; corroborating stories are counted once each.
with reports as (
    select
        *,
        payload ->> 'summit_id' as summit_id,
        coalesce(payload ->> 'person_id', 'country:' || (payload ->> 'country_id')) as attendee_key
    from claims
    where event_type = 'attendance_reported'
),
folded as (
    select
        summit_id,
        attendee_key,
        arg_max(event_id, (valid_time, reported, event_id)) as event_id,
        count(distinct story_id) as n_sources,
        min(reported) as first_reported,
        max(reported) as last_reported
    from reports
    group by summit_id, attendee_key
)
select
    f.summit_id,
    r.payload ->> 'summit' as summit,
    r.payload ->> 'person' as person,
    r.payload ->> 'person_id' as person_id,
    r.payload ->> 'role' as role,
    r.payload ->> 'country' as country,
    r.payload ->> 'status' as status,
    r.payload ->> 'capacity' as capacity,
    r.payload ->> 'mode' as mode,
    f.n_sources,
    f.first_reported,
    f.last_reported,
    r.source,
    r.url,
    r.sentence as evidence,
    r.rule,
    f.event_id
from folded f
join reports r using (event_id)
