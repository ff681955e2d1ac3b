-- The members as the log knew them at a recorded time: only events recorded at or before `known_at`.
create or replace macro members_as_of(known_at := null) as table
select * from members_at(known_at := known_at)
