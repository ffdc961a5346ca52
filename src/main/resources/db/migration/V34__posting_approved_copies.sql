-- What each posting said when an admin last approved it, field by field as a reviewer
-- reads it, so the review page can show what an edit changed (a published posting whose
-- title, pay, place or description changes goes back to review).
CREATE TABLE posting_approved_field (
    posting_id  bigint       NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
    position    smallint     NOT NULL,
    field       varchar(40)  NOT NULL,
    value       text         NOT NULL,
    approved_at timestamptz  NOT NULL,
    PRIMARY KEY (posting_id, position)
);
