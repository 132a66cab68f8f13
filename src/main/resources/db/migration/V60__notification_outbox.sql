-- The notification table becomes the mail outbox (issue 14). A business step only writes a PENDING row, in its own
-- transaction and at most once per dedup key; the process mail-delivery, started in that same transaction, sends it
-- in a retried job of its own and marks it SENT. So an SMTP outage fails the delivery job (an incident of
-- mail-delivery in Cockpit), never the business step. Rows written before this migration were sent-markers: SENT.
alter table notification add column body varchar(50000) default '' not null;
alter table notification alter column body drop default;
alter table notification add column status varchar(10) default 'SENT' not null;
alter table notification alter column status drop default;
alter table notification add column created_at timestamp with time zone;
update notification set created_at = sent_at;
alter table notification alter column created_at set not null;
alter table notification add column attempts integer default 0 not null;
update notification set attempts = 1;
alter table notification add column last_error varchar(2000);
alter table notification alter column sent_at drop not null;
