-- The private link in the receipt mail (issue 17). Only the access token's hash is kept with the report; the token
-- itself waits here from the request until the receipt mail is queued (the process's first jobs, seconds later),
-- which deletes the row. In the queued mail it stays only until the mail is sent (MailDelivery scrubs it then).
create table report_receipt_link (
    report_id    bigint       not null primary key references report (id),
    access_token varchar(100) not null,
    created_at   timestamp(6) with time zone not null
);
