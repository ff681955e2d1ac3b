-- The rows of attendees_state that the live claims appended after `after` change, without a refold: the
-- batch's own fold of each (summit, attendee) it touches, combined with the state's row for it (the later
-- latest claim by its ordering key, the union of stories and urls). Summits in `refold` are left out: the read
-- model refolds them whole (an earlier claim of theirs may have changed).
create or replace macro attendees_merged(after, refold) as table
with batch as (
    select * from attendees_parts(after := after)
    where summit_id is null or not list_contains(refold, summit_id)
),
merged as (
    select
        b.summit_id,
        b.attendee_key,
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
        case when keep_old then o.summit else b.summit end as summit,
        case when keep_old then o.person else b.person end as person,
        case when keep_old then o.person_id else b.person_id end as person_id,
        case when keep_old then o.role else b.role end as role,
        case when keep_old then o.country else b.country end as country,
        case when keep_old then o.status else b.status end as status,
        case when keep_old then o.capacity else b.capacity end as capacity,
        case when keep_old then o.mode else b.mode end as mode,
        case when keep_old then o.source else b.source end as source,
        case when keep_old then o.url else b.url end as url,
        case when keep_old then o.evidence else b.evidence end as evidence,
        case when keep_old then o.rule else b.rule end as rule,
        case when keep_old then o.event_id else b.event_id end as event_id
    from batch b
    left join attendees_state o
        on o.summit_id is not distinct from b.summit_id and o.attendee_key is not distinct from b.attendee_key
)
select * exclude (keep_old), coalesce(len(stories), 0) as n_sources
from merged
