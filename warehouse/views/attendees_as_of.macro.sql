-- The attendees as the log knew them at a recorded time: only events recorded at or before `known_at`.
create or replace macro attendees_as_of(known_at := null) as table
select * from attendees_at(known_at := known_at)
