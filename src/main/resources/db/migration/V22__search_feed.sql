-- A shared search index (OpenSearch) is fed by one instance at a time: the one holding
-- this row's lease. The row also keeps the index the alias points at and the change feed
-- position (V21) it includes, so whichever instance takes the lease over carries on.
CREATE TABLE search_feed (
    engine       varchar(40)  PRIMARY KEY CHECK (engine ~ '^[a-z0-9-]+$'),
    index_name   varchar(200) CHECK (index_name IS NULL OR btrim(index_name) <> ''),
    position     bigint       NOT NULL DEFAULT 0,
    holder       varchar(200),
    lease_until  timestamptz,
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    CHECK ((holder IS NULL) = (lease_until IS NULL))
);
