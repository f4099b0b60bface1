-- PostgreSQL only: the summary counts projects and needs of a subtree by a path prefix (like '/1/5/%') and a period;
-- pattern-ops indexes let a prefix LIKE use them whatever the database's collation (see V41_1).

create index report_project_team_pattern on report_project (team_path varchar_pattern_ops, created_at);
create index report_project_community_pattern on report_project (community_path varchar_pattern_ops, created_at);
create index report_need_path_pattern on report_need (organisation_path varchar_pattern_ops, published_at);
