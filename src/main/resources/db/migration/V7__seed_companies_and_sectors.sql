-- Seed data: sectors, the companies the MLOps guide names as hiring, where they hire and
-- what they use ML for; the guide's sector portraits and its map of where the jobs are.
-- Names, sectors, locations and focus areas are as published; summaries are our own.

INSERT INTO sector (slug, name) VALUES
    ('consumer-banking-fintech',       'Consumer Banking / Fintech'),
    ('food-delivery-logistics',        'Food Delivery / Logistics'),
    ('semiconductor-ai-hardware',      'Semiconductor / AI Hardware'),
    ('retail-supply-chain',            'Retail / Supply Chain'),
    ('financial-services',             'Financial Services'),
    ('retail-tech-robotics',           'Retail Tech / Robotics'),
    ('travel-tech-personalisation',    'Travel Tech / Personalisation'),
    ('intelligence-national-security', 'Intelligence / National Security'),
    ('telecoms-network-ai',            'Telecoms / Network AI'),
    ('automotive-e-commerce',          'Automotive / E-commerce');

INSERT INTO company (slug, name, locations, sector_id, remote_uk, summary, requirement)
SELECT v.slug, v.name, v.locations, (SELECT id FROM sector WHERE slug = v.sector), v.remote_uk, v.summary, v.requirement
FROM (VALUES
    ('monzo', 'Monzo', 'London', 'consumer-banking-fintech', false,
     'London consumer bank whose ML work spans fraud detection, credit and customer experience, supported by a mature ML platform team.',
     NULL),
    ('deliveroo', 'Deliveroo', 'London', 'food-delivery-logistics', false,
     'The London food delivery business uses ML for ETA prediction and recommendations, and to optimise its logistics.',
     NULL),
    ('arm', 'Arm', 'Cambridge', 'semiconductor-ai-hardware', false,
     'Cambridge semiconductor and AI hardware company. Its ML platform engineers work on optimising hardware performance and on neural network IP.',
     NULL),
    ('tesco-technology', 'Tesco Technology', 'Welwyn Garden City', 'retail-supply-chain', false,
     'Tesco''s technology arm in Welwyn Garden City applies ML across demand forecasting, the supply chain and personalisation.',
     NULL),
    ('lloyds-banking-group', 'Lloyds Banking Group', 'London/Halifax', 'financial-services', false,
     'Hires in London and Halifax for an ML platform team that is still growing and serves the bank''s credit, fraud and customer models.',
     NULL),
    ('ocado-technology', 'Ocado Technology', 'Hatfield', 'retail-tech-robotics', false,
     'Based in Hatfield, where its ML platform sits behind the warehouse robotics and the forecasting systems.',
     NULL),
    ('booking-com', 'Booking.com', 'UK remote/Amsterdam', 'travel-tech-personalisation', true,
     'Runs ML at large scale to rank search results, personalise the experience and set prices. The MLOps platform is mature and handles high model throughput. UK candidates can work remotely; the other base is Amsterdam.',
     NULL),
    ('gchq-ncsc', 'GCHQ / NCSC', 'Cheltenham and London', 'intelligence-national-security', false,
     'Hires for ML infrastructure roles in Cheltenham and London that serve intelligence and cybersecurity applications.',
     'UK security clearance is required for these roles.'),
    ('bt-group-ai-labs', 'BT Group AI Labs', 'London and Ipswich', 'telecoms-network-ai', false,
     'ML platform roles in London and Ipswich. The work covers the whole BT estate, backing network intelligence, customer-facing AI and fraud detection.',
     NULL),
    ('natwest-group', 'NatWest Group', 'Edinburgh and London', 'financial-services', false,
     'Builds one ML platform, from Edinburgh and London, for credit risk, fraud and customer intelligence used by all three of its banks: NatWest, RBS and Ulster Bank.',
     NULL),
    ('cazoo', 'Cazoo', 'London', 'automotive-e-commerce', false,
     'London car e-commerce business applying ML to price vehicles, forecast demand and optimise logistics. Its MLOps platform keeps pricing models running at scale.',
     NULL)
) AS v (slug, name, locations, sector, remote_uk, summary, requirement);

INSERT INTO company_town (company_id, town_id)
SELECT c.id, t.id
FROM (VALUES
    ('monzo',                'london'),
    ('deliveroo',            'london'),
    ('arm',                  'cambridge'),
    ('tesco-technology',     'welwyn-garden-city'),
    ('lloyds-banking-group', 'london'),
    ('lloyds-banking-group', 'halifax'),
    ('ocado-technology',     'hatfield'),
    ('booking-com',          'amsterdam'),
    ('gchq-ncsc',            'cheltenham'),
    ('gchq-ncsc',            'london'),
    ('bt-group-ai-labs',     'london'),
    ('bt-group-ai-labs',     'ipswich'),
    ('natwest-group',        'edinburgh'),
    ('natwest-group',        'london'),
    ('cazoo',                'london')
) AS v (company, town)
JOIN company c ON c.slug = v.company
JOIN town t ON t.slug = v.town;

-- What each company uses ML for, one published area a row, in published order.
INSERT INTO company_focus (company_id, position, area)
SELECT c.id, v.position, v.area
FROM (VALUES
    ('monzo',                0, 'fraud detection'),
    ('monzo',                1, 'credit'),
    ('monzo',                2, 'customer experience'),
    ('deliveroo',            0, 'ETA prediction'),
    ('deliveroo',            1, 'recommendations'),
    ('deliveroo',            2, 'logistics optimisation'),
    ('arm',                  0, 'hardware performance optimisation'),
    ('arm',                  1, 'neural network IP'),
    ('tesco-technology',     0, 'demand forecasting'),
    ('tesco-technology',     1, 'supply chain'),
    ('tesco-technology',     2, 'personalisation'),
    ('lloyds-banking-group', 0, 'credit'),
    ('lloyds-banking-group', 1, 'fraud'),
    ('lloyds-banking-group', 2, 'customer models'),
    ('ocado-technology',     0, 'warehouse robotics'),
    ('ocado-technology',     1, 'forecasting systems'),
    ('booking-com',          0, 'search ranking'),
    ('booking-com',          1, 'personalisation'),
    ('booking-com',          2, 'pricing'),
    ('gchq-ncsc',            0, 'intelligence'),
    ('gchq-ncsc',            1, 'cybersecurity'),
    ('bt-group-ai-labs',     0, 'network intelligence'),
    ('bt-group-ai-labs',     1, 'customer AI'),
    ('bt-group-ai-labs',     2, 'fraud detection'),
    ('natwest-group',        0, 'credit risk'),
    ('natwest-group',        1, 'fraud'),
    ('natwest-group',        2, 'customer intelligence'),
    ('cazoo',                0, 'vehicle pricing'),
    ('cazoo',                1, 'demand forecasting'),
    ('cazoo',                2, 'logistics optimisation')
) AS v (company, position, area)
JOIN company c ON c.slug = v.company;

-- The MLOps guide lists all eleven as hiring, in this order.
INSERT INTO role_company (role_id, company_id, position)
SELECT r.id, c.id, v.position
FROM (VALUES
    ('monzo',                0),
    ('deliveroo',            1),
    ('arm',                  2),
    ('tesco-technology',     3),
    ('lloyds-banking-group', 4),
    ('ocado-technology',     5),
    ('booking-com',          6),
    ('gchq-ncsc',            7),
    ('bt-group-ai-labs',     8),
    ('natwest-group',        9),
    ('cazoo',                10)
) AS v (company, position)
JOIN role r ON r.slug = 'mlops-engineer'
JOIN company c ON c.slug = v.company;

INSERT INTO sector_profile (role_id, slug, name, headline, body, position)
SELECT (SELECT id FROM role WHERE slug = 'mlops-engineer'), v.slug, v.name, v.headline, v.body, v.position
FROM (VALUES
    ('financial-services', 'Financial services', 'The most mature ML operations',
     E'Outside the tech industry, UK banks and other financial firms usually run the most advanced and intricate ML estates. The reason is that their models are business-critical: fraud detection screens millions of transactions daily, credit models decide billions of pounds of lending, and in algorithmic trading latency is counted in microseconds.\n\nRegulation is what makes the work distinctive. FCA guidance on algorithmic decision-making expects model documentation, explainability and auditability well beyond anything most consumer tech firms put in place. Platform engineers at Monzo, Lloyds, Barclays, NatWest or Revolut have to satisfy engineering rigour and regulatory compliance together. That is hard to do well, and pay in the sector reflects it.',
     0),
    ('retail-and-logistics', 'Retail and logistics', 'Scale and forecasting',
     E'British retail runs some of the most demanding ML workloads anywhere. Tesco''s platform forecasts demand for millions of SKUs in hundreds of stores, drawing on years of seasonal history. At Ocado Technology the ML infrastructure drives real-time warehouse robotics, so slow model inference means slower physical throughput. Deliveroo''s MLOps platform keeps ETA prediction, restaurant recommendations and courier routing models all running at once.\n\nThe shared challenge: a drop in model quality hits the business straight away and measurably (a weaker demand forecast turns directly into waste or stockouts), so feedback loops and monitoring have to be far tighter than usual.',
     1),
    ('telecoms-and-national-infrastructure', 'Telecoms and national infrastructure', 'Vast data volumes and models at the network edge',
     E'BT Group, Virgin Media O2 and the other large network operators are setting up ML teams whose models cover network intelligence, predictive maintenance and customer churn.\n\nThis is not consumer tech MLOps. Network telemetry runs to petabytes, models often sit at the network edge instead of in cloud data centres, and infrastructure models must be exceptionally reliable. BT AI Labs is the best-known employer in the area, with teams in London and Ipswich building network AI.',
     2),
    ('government-and-intelligence', 'Government and intelligence', 'Security-cleared mission work',
     E'GCHQ, NCSC and the rest of the UK intelligence community employ a significant number of MLOps engineers, though they say little about it publicly. Their ML platforms serve signals intelligence, cybersecurity and national security work.\n\nRoles need UK security clearance at SC or DV level. That narrows the candidate pool considerably and helps keep pay above market rates. British nationals who want mission-critical ML infrastructure work can look at GCHQ Careers and at the broader defence contracting ecosystem.',
     3)
) AS v (slug, name, headline, body, position);

INSERT INTO sector_profile_employer (sector_profile_id, position, name, company_id)
SELECT p.id, v.position, v.name, (SELECT id FROM company WHERE slug = v.company)
FROM (VALUES
    ('financial-services',                   0, 'Monzo',            'monzo'),
    ('financial-services',                   1, 'Lloyds',           'lloyds-banking-group'),
    ('financial-services',                   2, 'Barclays',         NULL),
    ('financial-services',                   3, 'NatWest',          'natwest-group'),
    ('financial-services',                   4, 'Revolut',          NULL),
    ('retail-and-logistics',                 0, 'Tesco',            'tesco-technology'),
    ('retail-and-logistics',                 1, 'Ocado Technology', 'ocado-technology'),
    ('retail-and-logistics',                 2, 'Deliveroo',        'deliveroo'),
    ('telecoms-and-national-infrastructure', 0, 'BT Group',         'bt-group-ai-labs'),
    ('telecoms-and-national-infrastructure', 1, 'Virgin Media O2',  NULL),
    ('telecoms-and-national-infrastructure', 2, 'BT AI Labs',       'bt-group-ai-labs'),
    ('government-and-intelligence',          0, 'GCHQ',             'gchq-ncsc'),
    ('government-and-intelligence',          1, 'NCSC',             'gchq-ncsc')
) AS v (profile, position, name, company)
JOIN sector_profile p ON p.slug = v.profile
    AND p.role_id = (SELECT id FROM role WHERE slug = 'mlops-engineer');

INSERT INTO hiring_location (role_id, slug, name, why, position)
SELECT (SELECT id FROM role WHERE slug = 'mlops-engineer'), v.slug, v.name, v.why, v.position
FROM (VALUES
    ('london', 'London',
     'By far the biggest market. Financial services, retail tech and logistics firms with large ML operations cluster in the capital, which keeps MLOps demand consistent.',
     0),
    ('cambridge', 'Cambridge',
     'A strong tech and deep tech base. Arm, several biotech AI firms and hardware-focused AI companies create MLOps roles with a hardware and systems flavour.',
     1),
    ('south-east-and-m4-corridor', 'South East and M4 Corridor',
     'Steady MLOps hiring here comes from defence, aerospace and retail tech employers: Ocado in Hertfordshire, Tesco Technology in Welwyn and defence contractors in the South.',
     2),
    ('remote', 'Remote',
     'Infrastructure work adapts well to remote working, and MLOps is infrastructure work. A growing share of UK MLOps roles offer hybrid or fully remote arrangements.',
     3)
) AS v (slug, name, why, position);
