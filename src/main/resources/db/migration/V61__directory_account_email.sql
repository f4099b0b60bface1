-- Accounts get an email address (unique; optional, as for students imported without one) and the language their
-- mail is written in.

alter table account add column email varchar(254);
alter table account add column language varchar(10) not null default 'zh-CN';
create unique index account_email on account (email);
