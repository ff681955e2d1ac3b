-- members_at() as the read model keeps it (members_state): the same fold of the live claims now, plus what a
-- row needs to take in later claims without a refold (the latest claim's ordering key, the distinct stories,
-- the earliest `since` per status). `subjects` / `after` restrict it as in live_claims. A candidacy is folded as
-- its own track (`candidacy`) beside the held status; current_members decides which of the two rows is shown.
create or replace macro members_parts(subjects := null, after := null) as table
with reports as (
    select *
    from live_claims(subjects := subjects, after := after)
    where event_type = 'membership_reported'
),
folded as (
    select
        organisation,
        country,
        status is not distinct from 'candidate' as candidacy,
        arg_max({'status': status, 'source': source, 'url': url, 'evidence': sentence, 'rule': rule,
                 'event_id': event_id}, (valid_time, reported, event_id)) as latest,
        arg_max({'valid_time': valid_time, 'reported': reported, 'event_id': event_id},
                (valid_time, reported, event_id)) as latest_key,
        list(distinct story_id) filter (where story_id is not null) as stories,
        min(reported) as first_reported,
        max(reported) as last_reported,
        list(distinct url order by url) filter (where url is not null) as urls,
        count(*) as n_mentions
    from reports
    group by organisation, country, candidacy
),
since as (
    select organisation, country, map(list(status), list(since)) as since_by_status
    from (
        select organisation, country, status, min(since) as since
        from reports
        where status is not null
        group by organisation, country, status
    )
    group by organisation, country
)
select
    f.organisation,
    f.country,
    f.candidacy,
    f.latest.status as status,
    s.since_by_status[f.latest.status] as since,
    coalesce(len(f.stories), 0) as n_sources,
    f.first_reported,
    f.last_reported,
    f.latest.source as source,
    f.latest.url as url,
    f.latest.evidence as evidence,
    f.latest.rule as rule,
    f.latest.event_id as event_id,
    f.urls,
    f.n_mentions,
    f.latest_key,
    f.stories,
    s.since_by_status
from folded f
left join since s on s.organisation is not distinct from f.organisation and s.country is not distinct from f.country
