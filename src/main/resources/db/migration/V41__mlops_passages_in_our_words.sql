-- Three passages of the MLOps guide still read as the source document words them; the
-- site's prose is its own. Only text no admin has edited since is changed.
UPDATE faq SET question = 'Which certifications help an MLOps engineer?'
WHERE role_id = (SELECT id FROM role WHERE slug = 'mlops-engineer') AND position = 3
  AND question = 'What certifications are useful for MLOps engineers?';

UPDATE role_fact
SET detail = replace(detail, 'and what data drift is and why it matters.', 'and what data drift means for a model in production.')
WHERE role_id = (SELECT id FROM role WHERE slug = 'mlops-engineer') AND kind = 'INTERVIEW_AREA'
  AND text = 'ML understanding' AND detail LIKE '%and what data drift is and why it matters.';

UPDATE stack_tool
SET why = replace(why, 'The leading open-source feature store.', 'The most widely used open-source feature store.')
WHERE tool_id = (SELECT id FROM tool WHERE slug = 'feast')
  AND category_id IN (SELECT id FROM tool_category
                      WHERE role_id = (SELECT id FROM role WHERE slug = 'mlops-engineer'))
  AND why LIKE 'The leading open-source feature store.%';
