-- Every live mention of a membership or attendance claim: one row per claim event, with its article and evidence.
select
    case when event_type = 'membership_reported' then 'membership' else 'attendance' end as kind,
    subject,
    case when event_type = 'membership_reported' then country
         else coalesce(person_id, 'country:' || country_id) end as about,
    coalesce(person, country) as name,
    status,
    reported,
    source,
    url,
    article_id,
    sentence as evidence,
    span_start,
    span_end,
    rule,
    producer,
    event_id
from live_claims()
where event_type in ('membership_reported', 'attendance_reported')
