-- What each posting does, per UK day: how often it was listed in search results or an alert
-- digest (impressions), its page read (views), its Apply link followed (apply clicks) and it
-- was saved. Counts only, never who: no address, no account, no browser. The app adds to them
-- in memory and writes each posting's day once every few seconds with
-- INSERT ... ON CONFLICT DO UPDATE SET x = x + excluded.x, so any number of instances add up.
CREATE TABLE posting_activity (
    posting_id    bigint  NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
    day           date    NOT NULL,
    impressions   bigint  NOT NULL DEFAULT 0 CHECK (impressions >= 0),
    views         bigint  NOT NULL DEFAULT 0 CHECK (views >= 0),
    apply_clicks  bigint  NOT NULL DEFAULT 0 CHECK (apply_clicks >= 0),
    saves         bigint  NOT NULL DEFAULT 0 CHECK (saves >= 0),
    PRIMARY KEY (posting_id, day)
);

-- Views counted before this table, one lifetime number per posting written on every page
-- view, carried over on the day each posting went up so that no recruiter's total drops.
INSERT INTO posting_activity (posting_id, day, views)
SELECT id, (coalesce(published_at, created_at) AT TIME ZONE 'Europe/London')::date, views
FROM posting WHERE views > 0;

ALTER TABLE posting DROP COLUMN views;
