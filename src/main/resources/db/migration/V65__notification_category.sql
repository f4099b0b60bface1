-- Every notice names its category, which decides whether and when it also goes by mail.

alter table notification add column category varchar(20) not null default 'ORGANISATION';
