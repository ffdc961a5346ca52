-- Each listed employer's own website, so structured data can name the employer by its
-- site (schema.org sameAs and url) instead of by our page about it. Only sites we are
-- sure of: Cazoo (in administration since 2024, its name sold on) is left without one,
-- and structured data then leaves the site out. An admin's website is kept as it is.
UPDATE company SET website = v.website
FROM (VALUES
    ('monzo',                'https://monzo.com'),
    ('deliveroo',            'https://deliveroo.co.uk'),
    ('arm',                  'https://www.arm.com'),
    ('tesco-technology',     'https://www.tescoplc.com'),
    ('lloyds-banking-group', 'https://www.lloydsbankinggroup.com'),
    ('ocado-technology',     'https://www.ocadogroup.com'),
    ('booking-com',          'https://www.booking.com'),
    ('gchq-ncsc',            'https://www.gchq.gov.uk'),
    ('bt-group-ai-labs',     'https://www.bt.com'),
    ('natwest-group',        'https://www.natwestgroup.com')
) AS v (slug, website)
WHERE company.slug = v.slug AND company.website IS NULL;
