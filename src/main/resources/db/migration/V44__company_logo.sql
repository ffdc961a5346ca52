-- A company's logo, uploaded by an admin or by the company's verified employer, kept here
-- (not on a disk one instance owns) and served by the app at an address holding its content
-- hash, so browsers and crawlers may keep it for a year. One a company: a new upload writes
-- over the row, and an address with the old hash then leads to the new one.
CREATE TABLE company_logo (
    company_id   bigint       PRIMARY KEY REFERENCES company (id) ON DELETE CASCADE,
    -- The type read from the bytes themselves, never from the file's name.
    media_type   varchar(20)  NOT NULL
                 CHECK (media_type IN ('image/png', 'image/jpeg', 'image/webp', 'image/svg+xml')),
    -- SVG is stored as re-serialised after its allow-list check, so the hash is of what we serve.
    bytes        bytea        NOT NULL CHECK (octet_length(bytes) BETWEEN 1 AND 1048576),
    sha256       char(64)     NOT NULL CHECK (sha256 = encode(sha256(bytes), 'hex')),
    -- As the image's header says (for SVG, its viewBox or size scaled into the caps).
    width        integer      NOT NULL CHECK (width BETWEEN 1 AND 10000),
    height       integer      NOT NULL CHECK (height BETWEEN 1 AND 10000),
    uploaded_by  bigint       REFERENCES account (id) ON DELETE SET NULL,
    uploaded_at  timestamptz  NOT NULL
);
