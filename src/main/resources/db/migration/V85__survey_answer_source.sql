-- Issue 16, finding 4: how many answers of a survey came from how many network addresses. source_key is a keyed
-- hash (HMAC with the respondent-key secret, per survey) of the address an answer came from (IPv4 whole, IPv6 its
-- /64), cut to 16 hex digits: answers from one address can be counted together, the address itself is not stored.
-- Null for answers stored before.
alter table survey_answer add column source_key varchar(16);
