-- A pair the fair matching proposed to both sides, who still confirm it as an ordinary interest.

alter table interest add column proposed_at timestamp with time zone;
