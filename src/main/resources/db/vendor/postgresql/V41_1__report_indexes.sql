-- PostgreSQL only: the report's counts of projects and needs select a subtree by a path prefix (like '/1/5/%') and a
-- period. Pattern-ops indexes let a prefix LIKE use them whatever the database's collation. H2 keeps its plain
-- path indexes, which are enough for its sizes.

create index project_team_path_created on project (team_path varchar_pattern_ops, created_at);
create index project_community_path_created on project (community_path varchar_pattern_ops, created_at);
create index need_path_published on need (organisation_path varchar_pattern_ops, published_at);
