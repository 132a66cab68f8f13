-- Evidence an official adds in the staff report view (Tasklist's tab "Hồ sơ / Case") while writing the
-- answer in the handling form: kept with its report and no proposal until the answer is proposed, which takes it
-- as its evidence. Evidence of a proposal now records its report too.
alter table answer_evidence alter column proposal_id drop not null;
alter table answer_evidence add column report_id bigint references report (id);
alter table answer_evidence add column added_by varchar(100);
alter table answer_evidence add column added_at timestamp(6) with time zone;
update answer_evidence e set report_id = (select p.report_id from answer_proposal p where p.id = e.proposal_id);
create index ix_answer_evidence_report on answer_evidence (report_id, proposal_id);
