-- Words that scams use, looked for in every posting waiting for review (title, description,
-- how to apply). A match flags the posting with the reason and moves it up the queue; it
-- never blocks an admin. One phrase a row, matched case-blind on word boundaries; the list
-- is kept here so it is maintained like any other data.
CREATE TABLE moderation_phrase (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind    varchar(16)  NOT NULL CHECK (kind IN ('FEE', 'BANK', 'MESSAGING', 'CRYPTO')),
    phrase  varchar(80)  NOT NULL UNIQUE CHECK (phrase = lower(btrim(phrase)) AND phrase <> '')
);

INSERT INTO moderation_phrase (kind, phrase) VALUES
    ('FEE', 'registration fee'), ('FEE', 'application fee'), ('FEE', 'pay to apply'),
    ('FEE', 'training fee'), ('FEE', 'processing fee'), ('FEE', 'upfront payment'),
    ('FEE', 'upfront fee'), ('FEE', 'refundable deposit'), ('FEE', 'security deposit'),
    ('FEE', 'starter kit'), ('FEE', 'pay for your own equipment'), ('FEE', 'background check fee'),
    ('FEE', 'visa fee'), ('FEE', 'admin fee'), ('FEE', 'small fee'),
    ('BANK', 'sort code'), ('BANK', 'account number'), ('BANK', 'bank details'), ('BANK', 'iban'),
    ('BANK', 'bank transfer'), ('BANK', 'western union'), ('BANK', 'moneygram'), ('BANK', 'gift card'),
    ('MESSAGING', 'whatsapp'), ('MESSAGING', 'telegram'), ('MESSAGING', 'signal messenger'),
    ('MESSAGING', 'wechat'), ('MESSAGING', 'viber'), ('MESSAGING', 'text us on'), ('MESSAGING', 'google hangouts'),
    ('CRYPTO', 'bitcoin'), ('CRYPTO', 'btc'), ('CRYPTO', 'usdt'), ('CRYPTO', 'tether'), ('CRYPTO', 'ethereum'),
    ('CRYPTO', 'crypto wallet'), ('CRYPTO', 'wallet address'), ('CRYPTO', 'paid in crypto');
