-- The claims (by natural claim key, so that a retraction survives `reproject`) and amendments (by event id)
-- withdrawn by an active retraction, as known at `known_at` (null: now).
-- A retraction is active unless an active retraction targets it: retracting a retraction restores its target.
-- The rule is evaluated level by level (exact for chains of up to six retractions of retractions).
create or replace macro withdrawn_events(known_at := null) as table
with retractions as (
    select event_id, target_event_id as target, target_key
    from control_index
    where event_type = 'claim_retracted' and (known_at is null or recorded_at <= known_at::timestamp)
),
a1 as (select r.* from retractions r anti join retractions x on x.target = r.event_id),
a2 as (select r.* from retractions r anti join a1 x on x.target = r.event_id),
a3 as (select r.* from retractions r anti join a2 x on x.target = r.event_id),
a4 as (select r.* from retractions r anti join a3 x on x.target = r.event_id),
a5 as (select r.* from retractions r anti join a4 x on x.target = r.event_id),
a6 as (select r.* from retractions r anti join a5 x on x.target = r.event_id)
select distinct target_key as event_id from a6
