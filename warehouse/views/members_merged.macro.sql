-- The rows of members_state that the live claims appended after `after` change, without a refold: the batch's
-- own fold of each (organisation, country) it touches, combined with the state's row for it (the later latest
-- claim by its ordering key, the union of stories and urls, the earliest `since` per status). Organisations
-- in `refold` are left out: the read model refolds them whole (an earlier claim of theirs may have changed).
create or replace macro members_merged(after, refold) as table
with batch as (
    select * from members_parts(after := after)
    where organisation is null or not list_contains(refold, organisation)
),
merged as (
    select
        b.organisation,
        b.country,
        b.candidacy,
        o.latest_key is not null and o.latest_key > b.latest_key as keep_old,
        case when keep_old then o.latest_key else b.latest_key end as latest_key,
        case when o.stories is null then b.stories
             when b.stories is null then o.stories
             when list_has_any(o.stories, b.stories) then list_distinct(o.stories || b.stories)
             else o.stories || b.stories end as stories,
        least(o.first_reported, b.first_reported) as first_reported,
        greatest(o.last_reported, b.last_reported) as last_reported,
        case when o.urls is null then b.urls
             when b.urls is null then o.urls
             when list_has_any(o.urls, b.urls) then list_sort(list_distinct(o.urls || b.urls))
             else list_sort(o.urls || b.urls) end as urls,
        coalesce(o.n_mentions, 0) + b.n_mentions as n_mentions,
        map_from_entries(list_transform(
            list_distinct(coalesce(map_keys(o.since_by_status), []) || coalesce(map_keys(b.since_by_status), [])),
            lambda k: {'key': k, 'value': least(o.since_by_status[k], b.since_by_status[k])}
        )) as since_by_status,
        case when keep_old then o.status else b.status end as status,
        case when keep_old then o.source else b.source end as source,
        case when keep_old then o.url else b.url end as url,
        case when keep_old then o.evidence else b.evidence end as evidence,
        case when keep_old then o.rule else b.rule end as rule,
        case when keep_old then o.event_id else b.event_id end as event_id
    from batch b
    left join members_state o
        on o.organisation is not distinct from b.organisation and o.country is not distinct from b.country
        and o.candidacy is not distinct from b.candidacy
)
select
    organisation,
    country,
    candidacy,
    status,
    since_by_status[status] as since,
    coalesce(len(stories), 0) as n_sources,
    first_reported,
    last_reported,
    source,
    url,
    evidence,
    rule,
    event_id,
    urls,
    n_mentions,
    latest_key,
    stories,
    since_by_status
from merged
