-- The attendees of each summit now: see attendees_at.macro.sql for the fold.
select * from attendees_at()
