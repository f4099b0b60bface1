-- PostgreSQL only: trigram indexes so that substring search of needs and offers (Chinese has no word breaks, so
-- search is by substring) stays fast on a province's lists. H2 scans, which is fine for its sizes.

create extension if not exists pg_trgm;

create index need_title_trgm on need using gin (lower(title) gin_trgm_ops);
create index need_description_trgm on need using gin (lower(description) gin_trgm_ops);
create index offer_title_trgm on offer using gin (lower(title) gin_trgm_ops);
create index offer_description_trgm on offer using gin (lower(description) gin_trgm_ops);
