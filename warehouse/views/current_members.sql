-- The members of each organisation now: the fold of members_at(), kept current at append time (members_state).
select * exclude (latest_key, stories, since_by_status) from members_state
