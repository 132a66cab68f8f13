-- PostgreSQL only: the acquisition's check that no other exclusive job of the same process instance is locked ran as
-- a hashed subplan over every row of ACT_RU_JOB; this partial index holds the locked jobs only (docs/handling.md,
-- escalation benchmark). H2 has no partial indexes and does not need it. "if not exists": see V1.
create index if not exists FB_IDX_JOB_LOCKED on ACT_RU_JOB (PROCESS_INSTANCE_ID_) where LOCK_OWNER_ is not null;
