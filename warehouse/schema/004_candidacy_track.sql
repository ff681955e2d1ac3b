-- A candidacy is its own track beside a held status: 'India, an observer since 2005, applied to join' keeps both
-- rows (observer, candidate) per (organisation, country); a later full status hides the candidacy in the views.
alter table members_state add column candidacy boolean;
