-- Rate limits and sign-in throttles live here (bucket4j's PostgreSQL backend), so every
-- instance on this database spends from one allowance per key. A key names its kind and
-- a digest of the address or account ("login-account:5c1f..."), never the email itself.
-- expires_at (epoch milliseconds) is when the bucket would be full again; rows past it
-- are deleted by a scheduled sweep.
CREATE TABLE rate_limit_bucket (
    id         text PRIMARY KEY,
    state      bytea,
    expires_at bigint
);

CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
