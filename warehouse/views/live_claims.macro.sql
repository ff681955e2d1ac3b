-- The claims the views fold, as known at `known_at` and as true on `valid_on` (null: now, and any time):
-- only the newest extraction of each article, without withdrawn or superseded claims, with corrections and merges
-- applied. It reads the typed read model (claim_index, control_index; see README, "The event log"), never JSON.
-- `subjects` (a list of organisations / summit ids; null: all) restricts it to the claims folded under them;
-- `after` (a position; null: all) to the claims appended after it.
create or replace macro live_claims(known_at := null, valid_on := null, subjects := null, after := null) as table
with selected as (          -- the producer (extractor + dictionary version) each article is read with
    select article_id, producer       -- now: kept by the read model (the branch below is pruned)
    from article_selection
    where known_at is null
    union all
    select article_id, arg_max(producer, (recorded_at, position)) as producer
    from control_index
    where known_at is not null
      and event_type in ('article_extracted', 'article_reprojected')
      and recorded_at <= known_at::timestamp
    group by article_id
),
superseded as (             -- claims of an earlier article text that its latest text no longer makes
    select s.claim_event_id as event_id
    from control_index s
    join (
        select article_id, arg_max(content_hash, (recorded_at, position)) as content_hash
        from control_index
        where event_type = 'article_loaded'
          and (known_at is null or recorded_at <= known_at::timestamp)
          and article_id in (select article_id from control_index where event_type = 'claim_superseded')
        group by article_id
    ) latest on latest.article_id = s.article_id and latest.content_hash = s.content_hash
    where s.event_type = 'claim_superseded' and (known_at is null or s.recorded_at <= known_at::timestamp)
),
withdrawn as (              -- retracted claim keys and amendment ids
    select event_id from withdrawn_events(known_at := known_at)
),
amendments as (
    select e.*
    from control_index e anti join withdrawn w on w.event_id = e.event_id
    where e.event_type in ('claim_corrected', 'entities_merged')
      and (known_at is null or e.recorded_at <= known_at::timestamp)
),
corrected as (              -- the latest live correction of each claim
    select
        target_key as target,
        arg_max(status, (recorded_at, position)) as status,
        arg_max(event_id, (recorded_at, position)) as corrected_by
    from amendments
    where event_type = 'claim_corrected'
    group by 1
),
merged as (                 -- the latest live merge of each id
    select
        from_id,
        arg_max(into_id, (recorded_at, position)) as into_id,
        arg_max(into_name, (recorded_at, position)) as into_name
    from amendments
    where event_type = 'entities_merged'
    group by 1
)
select
    c.* replace (
        coalesce(k.status, c.status) as status,
        coalesce(mp.into_id, c.person_id) as person_id,
        coalesce(mp.into_name, c.person) as person,
        coalesce(mc.into_id, c.country_id) as country_id,
        coalesce(mc.into_name, c.country) as country
    ),
    k.corrected_by
from claim_index c
join selected s on s.article_id = c.article_id and s.producer = c.producer
anti join withdrawn w on w.event_id = c.claim_key
anti join superseded x on x.event_id = c.event_id
left join corrected k on k.target = c.claim_key
left join merged mp on mp.from_id = c.person_id
left join merged mc on mc.from_id = c.country_id
where (known_at is null or c.recorded_at <= known_at::timestamp)
  and (valid_on is null or least(coalesce(c.valid_time, c.reported), c.reported) <= cast(valid_on as varchar))
  and (subjects is null or list_contains(subjects, c.subject))
  and (after is null or c.position > after)
