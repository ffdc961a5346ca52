-- Admins curate salary bands: a band can be retired (it leaves the public tables, and its
-- cell can take a new band), and every change is recorded with who, when, why, and each
-- field's value before and after.

ALTER TABLE salary_band ADD COLUMN retired_at timestamptz;
ALTER TABLE salary_band DROP CONSTRAINT salary_band_level_id_region_id_key;
CREATE UNIQUE INDEX salary_band_live_cell_key ON salary_band (level_id, region_id) WHERE retired_at IS NULL;

CREATE TABLE salary_band_change (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    band_id          bigint       NOT NULL REFERENCES salary_band (id),
    action           varchar(16)  NOT NULL CHECK (action IN ('CREATED', 'EDITED', 'REVIEWED', 'RETIRED')),
    reason           varchar(500) NOT NULL CHECK (btrim(reason) <> ''),
    -- null once the admin's account is deleted; the name is kept as it was
    changed_by       bigint REFERENCES account (id) ON DELETE SET NULL,
    changed_by_name  varchar(120) NOT NULL,
    changed_at       timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX salary_band_change_band_idx ON salary_band_change (band_id, changed_at DESC, id DESC);
CREATE INDEX salary_band_change_time_idx ON salary_band_change (changed_at DESC, id DESC);

-- One row per field a change touched (a review touches none).
CREATE TABLE salary_band_change_field (
    change_id     bigint      NOT NULL REFERENCES salary_band_change (id) ON DELETE CASCADE,
    field         varchar(16) NOT NULL CHECK (field IN ('min', 'max', 'openEnded', 'source', 'asOfYear')),
    before_value  varchar(300),
    after_value   varchar(300),
    PRIMARY KEY (change_id, field),
    CHECK (before_value IS DISTINCT FROM after_value)
);

-- The seeded bands' history starts with where they came from.
INSERT INTO salary_band_change (band_id, action, reason, changed_by, changed_by_name, changed_at)
SELECT id, 'CREATED', 'Imported from ' || source || ' (' || as_of_year || ')', NULL, 'Seed data', reviewed_at
FROM salary_band;
INSERT INTO salary_band_change_field (change_id, field, before_value, after_value)
SELECT c.id, f.field, NULL, f.value
FROM salary_band_change c
JOIN salary_band b ON b.id = c.band_id
CROSS JOIN LATERAL (VALUES ('min', b.min_gbp::text), ('max', b.max_gbp::text),
                           ('openEnded', b.open_ended::text), ('source', b.source),
                           ('asOfYear', b.as_of_year::text)) AS f (field, value);
