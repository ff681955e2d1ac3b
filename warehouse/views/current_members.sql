-- The members of each organisation now: the fold of members_at(), kept current at append time (members_state).
select * from members_state
