-- The members of each organisation now: the fold of members_at(), kept current at append time (members_state).
-- A candidacy shows beside a held status (observer, dialogue partner, partner) and hides behind a full status
-- (member, joining, suspended, left) valid at or after it, as in members_at().
select * exclude (latest_key, stories, since_by_status, candidacy)
from members_state c
where not c.candidacy or not exists (
    select 1 from members_state h
    where h.organisation is not distinct from c.organisation and h.country is not distinct from c.country
      and not h.candidacy and h.status not in ('observer', 'dialogue_partner', 'partner', 'observer_or_dialogue_partner')
      and h.latest_key >= c.latest_key
)
