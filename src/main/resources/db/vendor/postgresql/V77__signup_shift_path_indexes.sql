-- PostgreSQL only: the workbench finds a community's or a team's shifts of a day by a path prefix (like '/1/5/%');
-- pattern-ops indexes let a prefix LIKE use them whatever the database's collation (see V41_1).

create index shift_community_pattern on shift (community_path varchar_pattern_ops, starts_at);
create index shift_team_path_pattern on shift (team_path varchar_pattern_ops, starts_at);
