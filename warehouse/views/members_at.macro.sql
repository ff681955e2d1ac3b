-- The members of each organisation as known at `known_at` and as true on `valid_on` (null: now, any time):
-- per (organisation, country), the latest live claim by valid time, then publication time, then event id.
-- Corroborating stories are counted once each; `urls` links every story that reported it.
-- `subjects` (organisations; null: all) restricts the fold to them (the read model refolds only those).
-- A candidacy is its own track: it shows beside a held status (observer, dialogue partner, partner) and hides
-- behind a full status (member, joining, suspended, left) valid at or after it.
create or replace macro members_at(known_at := null, valid_on := null, subjects := null) as table
with reports as (
    select *
    from live_claims(known_at := known_at, valid_on := valid_on, subjects := subjects)
    where event_type = 'membership_reported'
),
folded as (
    select
        organisation,
        country,
        status is not distinct from 'candidate' as candidacy,
        arg_max({'status': status, 'source': source, 'url': url, 'evidence': sentence, 'rule': rule,
                 'event_id': event_id}, (valid_time, reported, event_id)) as latest,
        max((valid_time, reported, event_id)) as latest_key,
        count(distinct story_id) as n_sources,
        min(reported) as first_reported,
        max(reported) as last_reported,
        list(distinct url order by url) filter (where url is not null) as urls,
        count(*) as n_mentions
    from reports
    group by organisation, country, candidacy
),
since as (
    select organisation, country, status, min(since) as since
    from reports
    group by organisation, country, status
),
shown as (
    select c.*
    from folded c
    where not c.candidacy or not exists (
        select 1 from folded h
        where h.organisation is not distinct from c.organisation and h.country is not distinct from c.country
          and not h.candidacy and h.latest.status not in ('observer', 'dialogue_partner', 'partner', 'observer_or_dialogue_partner')
          and h.latest_key >= c.latest_key
    )
)
select
    f.organisation,
    f.country,
    f.latest.status as status,
    s.since,
    f.n_sources,
    f.first_reported,
    f.last_reported,
    f.latest.source as source,
    f.latest.url as url,
    f.latest.evidence as evidence,
    f.latest.rule as rule,
    f.latest.event_id as event_id,
    f.urls,
    f.n_mentions
from shown f
left join since s on s.organisation = f.organisation and s.country = f.country and s.status = f.latest.status
