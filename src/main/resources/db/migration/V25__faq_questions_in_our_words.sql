-- Two questions of the MLOps guide's FAQ were worded as the source document words them;
-- the site's prose is its own. Only questions no admin has edited since are changed.
UPDATE faq SET question = 'What does an MLOps engineer earn in the UK on average?'
WHERE role_id = (SELECT id FROM role WHERE slug = 'mlops-engineer') AND position = 1
  AND question = 'What is the average salary for an MLOps engineer in the UK?';

UPDATE faq SET question = 'How can a DevOps engineer move into MLOps?'
WHERE role_id = (SELECT id FROM role WHERE slug = 'mlops-engineer') AND position = 4
  AND question = 'How do you transition from DevOps to MLOps engineering?';
