-- The members of each organisation now: see members_at.macro.sql for the fold.
select * from members_at()
