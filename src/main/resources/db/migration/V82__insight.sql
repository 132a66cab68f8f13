-- Insight (issue 20): what the managers' dashboard counts, kept in the project's tables beside the engine's variables.
-- The deadlines of the running handling (acceptance, answer), written wherever the engine's variables are set or
-- moved; the answer deadline as it stood when an answer was published (on time or not); the unit a report was with
-- at each step of its history (a transfer counts for the unit that transferred, an escalation for the late unit).
alter table report add column accept_due_at timestamp(6) with time zone;
alter table report add column answer_due_at timestamp(6) with time zone;
alter table published_answer add column answer_due_at timestamp(6) with time zone;
alter table report_event add column unit_code varchar(60);
update report_event set unit_code = (select r.unit_code from report r where r.id = report_event.report_id);

create index ix_report_unit_received on report (unit_code, received_at);
create index ix_report_status_due on report (status, answer_due_at);
create index ix_published_answer_unit_published on published_answer (unit_code, published_at);
create index ix_report_event_event_occurred on report_event (event, occurred_at, unit_code);
-- the dashboard's weekly trend: every report and answer of twelve weeks, whatever the unit
create index ix_report_received on report (received_at);
create index ix_published_answer_published on published_answer (published_at);
