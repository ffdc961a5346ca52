-- Job alerts: any search, emailed daily or weekly, without an account. An alert waits
-- for its address to confirm it (double opt-in); mails leave through an outbox written
-- in the same transaction as what causes them, so a crash between commit and send never
-- loses one, and each mail has a key that makes it at most one row.

CREATE TABLE job_alert (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- stored normalised (trimmed, lower case), like account emails
    email         varchar(254)  NOT NULL CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
    -- the search as /jobs parameters (slugs), without page, sort or asOf
    query         varchar(2000) NOT NULL,
    -- the search in words, as the mails and the manage page name it
    label         varchar(300)  NOT NULL CHECK (btrim(label) <> ''),
    frequency     varchar(8)    NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY')),
    created_at    timestamptz   NOT NULL DEFAULT now(),
    confirmed_at  timestamptz,
    -- postings published after this are news for the next digest
    watermark     timestamptz,
    next_due_at   timestamptz,
    last_sent_at  timestamptz,
    CHECK ((confirmed_at IS NULL) = (next_due_at IS NULL)),
    CHECK ((confirmed_at IS NULL) = (watermark IS NULL))
);
CREATE INDEX job_alert_email_idx ON job_alert (email);
CREATE INDEX job_alert_due_idx ON job_alert (next_due_at) WHERE confirmed_at IS NOT NULL;
-- unconfirmed alerts expire; this finds them
CREATE INDEX job_alert_unconfirmed_idx ON job_alert (created_at) WHERE confirmed_at IS NULL;

CREATE TABLE mail_outbox (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- what the mail is for ("confirm:12", "digest:12:2026-11-23T06:00:00Z"): one row per key, ever
    dedup_key        varchar(200)  NOT NULL UNIQUE,
    recipient        varchar(254)  NOT NULL,
    subject          varchar(300)  NOT NULL,
    body_text        text          NOT NULL,
    body_html        text,
    -- one-click unsubscribe (RFC 8058) for mails about an alert
    unsubscribe_url  varchar(1000),
    alert_id         bigint REFERENCES job_alert (id) ON DELETE SET NULL,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    attempts         integer       NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz   NOT NULL DEFAULT now(),
    sent_at          timestamptz,
    failed_at        timestamptz,
    last_error       varchar(500)
);
CREATE INDEX mail_outbox_pending_idx ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX mail_outbox_recipient_idx ON mail_outbox (recipient);
