-- Every disagreement between live claims: a (organisation, country) or (summit, attendee) reported with more
-- than one status. One row per status, with the stories behind it and the status the views show. A candidacy
-- beside a held status is no disagreement: it is its own track, as in current_members.
with statuses as (
    select kind, subject, about, status,
        kind = 'membership' and status is not distinct from 'candidate' as candidacy,
        any_value(name) as name,
        count(distinct article_id) as n_sources,
        list(distinct source order by source) as sources,
        list(distinct url order by url) filter (where url is not null) as urls,
        min(reported) as first_reported,
        max(reported) as last_reported
    from mentions
    group by kind, subject, about, status
),
disputed as (
    select kind, subject, about, candidacy, count(*) as n_statuses from statuses group by all having count(*) > 1
),
shown as (
    select 'membership' as kind, organisation as subject, country as about,
        status is not distinct from 'candidate' as candidacy, status as shown_status
    from current_members
    union all
    select 'attendance', summit_id, attendee_key, false, status from summit_attendees
)
select s.* exclude (candidacy), d.n_statuses, w.shown_status
from statuses s
join disputed d using (kind, subject, about, candidacy)
left join shown w using (kind, subject, about, candidacy)
order by s.kind, s.subject, s.about, s.first_reported
