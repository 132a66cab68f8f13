-- Every answer inserts about ten value rows; each index on them costs on every one of those inserts (the survey
-- benchmark's database time). Nothing looks up the values of one answer: results group by survey and question
-- (ix_survey_answer_item), and the CSV export reads a whole survey, which joins without an index. So this one goes.
drop index ix_survey_answer_item_answer;
