-- The catalogue of practice directions: seven fixed top-level codes and finer categories under them.

create table direction (
    code        varchar(40) primary key,
    parent_code varchar(40) references direction (code),
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    position    integer not null
);

insert into direction (code, parent_code, name_zh, name_en, position) values
('VOLUNTEER_SERVICE', null, '志愿服务', 'Volunteer service', 10),
('INDUSTRY_EDUCATION', null, '产学融合', 'Industry–education integration', 20),
('STUDY_TRAINING', null, '研学实训', 'Study and training', 30),
('INNOVATION_ENTREPRENEURSHIP', null, '创新创业', 'Innovation and entrepreneurship', 40),
('TALENT_DEVELOPMENT', null, '人才引育', 'Talent development', 50),
('GRASSROOTS_GOVERNANCE', null, '基层治理', 'Grassroots governance', 60),
('PARTY_LEAGUE_AFFAIRS', null, '党务团务', 'Party and league affairs', 70),
('ELDERLY_CARE', 'VOLUNTEER_SERVICE', '关爱老人', 'Elderly care', 11),
('CHILD_CARE', 'VOLUNTEER_SERVICE', '关爱儿童', 'Children care', 12),
('AFTER_SCHOOL_CARE', 'VOLUNTEER_SERVICE', '课后托管', 'After-school care', 13),
('WALL_PAINTING', 'VOLUNTEER_SERVICE', '墙绘美化', 'Wall painting', 14),
('HEALTH_SERVICE', 'VOLUNTEER_SERVICE', '健康义诊', 'Health service', 15),
('LEGAL_AID', 'VOLUNTEER_SERVICE', '普法宣传', 'Legal aid and education', 16),
('DIGITAL_SKILLS', 'INDUSTRY_EDUCATION', '数字技能', 'Digital skills', 21),
('RURAL_ECOMMERCE', 'INDUSTRY_EDUCATION', '电商助农', 'Rural e-commerce', 22),
('ACADEMIC_SUPPORT', 'STUDY_TRAINING', '学业辅导', 'Academic support', 31),
('SAFETY_EDUCATION', 'STUDY_TRAINING', '安全教育', 'Safety education', 32),
('MENTAL_HEALTH', 'STUDY_TRAINING', '心理健康', 'Mental health', 33),
('STARTUP_MENTORING', 'INNOVATION_ENTREPRENEURSHIP', '创业帮扶', 'Start-up mentoring', 41),
('EMPLOYMENT_GUIDANCE', 'TALENT_DEVELOPMENT', '就业指导', 'Employment guidance', 51),
('SOCIAL_RESEARCH', 'GRASSROOTS_GOVERNANCE', '社会调研', 'Social research', 61),
('COMMUNITY_GOVERNANCE', 'GRASSROOTS_GOVERNANCE', '社区治理', 'Community governance', 62),
('PUBLICITY', 'PARTY_LEAGUE_AFFAIRS', '宣传报道', 'Publicity', 71),
('THEORY_PREACHING', 'PARTY_LEAGUE_AFFAIRS', '理论宣讲', 'Theory preaching', 72);
