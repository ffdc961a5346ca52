-- "Highest paid first" orders by the top of the range, day rates over a working year of
-- 220 days; indexing that very expression lets the sort read the index in order and stop
-- after one page instead of sorting every match.
CREATE INDEX posting_pay_order_idx ON posting (
    (CASE pay_unit WHEN 'DAY' THEN pay_max_gbp * 220 ELSE pay_max_gbp END) DESC, id DESC)
    WHERE status = 'PUBLISHED';
