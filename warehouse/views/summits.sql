-- One row per summit: the latest live report by valid and publication time, with how many stories reported it.
with reports as (
    select * from live_claims() where event_type = 'summit_reported'
)
select
    summit_id as summit_id,
    arg_max(name, (valid_time, reported, event_id)) as summit,
    arg_max(organisation, (valid_time, reported, event_id)) as organisation,
    arg_max(host_city, (valid_time, reported, event_id)) as host_city,
    arg_max(host_country, (valid_time, reported, event_id)) as host_country,
    arg_max(start_date, (valid_time, reported, event_id)) as start_date,
    arg_max(end_date, (valid_time, reported, event_id)) as end_date,
    count(distinct story_id) as n_sources,
    min(reported) as first_reported,
    max(reported) as last_reported
from reports
group by summit_id
