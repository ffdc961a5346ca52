-- Keys the site makes for itself, one per database, when no operator set one: every
-- instance on the database reads the same key, and no install shares it with another
-- (the alert links' key used to default to a string published in the source).
CREATE TABLE site_secret (
    name       varchar(60) PRIMARY KEY,
    value      bytea       NOT NULL CHECK (octet_length(value) >= 32),
    created_at timestamptz NOT NULL DEFAULT now()
);
