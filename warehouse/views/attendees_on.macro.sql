-- The attendees as true on a day (valid time), by everything the log knows now.
create or replace macro attendees_on(day) as table
select * from attendees_at(valid_on := day)
