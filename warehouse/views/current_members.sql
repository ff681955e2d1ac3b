-- The members of each organisation: per (organisation, country), the latest claim by valid time,
-- then publication time; corroborating stories are counted once each.
with reports as (
    select
        *,
        payload ->> 'organisation' as organisation,
        payload ->> 'country' as country,
        payload ->> 'status' as status,
        payload ->> 'since' as since
    from claims
    where event_type = 'membership_reported'
),
folded as (
    select
        organisation,
        country,
        arg_max(status, (valid_time, reported, event_id)) as status,
        arg_max(event_id, (valid_time, reported, event_id)) as event_id,
        count(distinct story_id) as n_sources,
        min(reported) as first_reported,
        max(reported) as last_reported
    from reports
    group by organisation, country
)
select
    f.organisation,
    f.country,
    f.status,
    (select min(r.since) from reports r
     where r.organisation = f.organisation and r.country = f.country and r.status = f.status) as since,
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
