-- A band's "last reviewed" is the day an admin reviewed it, not the day the database was
-- made: seeded bands no admin has saved since say "not yet reviewed" until one does.
ALTER TABLE salary_band ALTER COLUMN reviewed_at DROP NOT NULL;
ALTER TABLE salary_band ALTER COLUMN reviewed_at DROP DEFAULT;

UPDATE salary_band b SET reviewed_at = NULL
WHERE NOT EXISTS (SELECT 1 FROM salary_band_change c
                  WHERE c.band_id = b.id AND c.changed_by_name IS DISTINCT FROM 'Seed data');
