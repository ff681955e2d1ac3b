-- The members as true on a day (valid time), by everything the log knows now.
create or replace macro members_on(day) as table
select * from members_at(valid_on := day)
