-- The attendees of each summit now: the fold of attendees_at(), kept current at append time (attendees_state).
select * exclude (latest_key, stories) from attendees_state
