#!/usr/bin/env python3
"""Writes distinct, realistic job searches, one path a line, for the long-tail mix.

Usage: python3 bench/longtail.py DATABASE COUNT [SEED] [MIX] > searches.txt

MIX is `search` (the default: the previous issue's mix, unchanged), `forgiving` (what a
seeker types and the site must read as meant: abbreviations and synonyms, misspellings,
places and filter words among the words, several values of one filter, a distance from a
town, pay typed as 70k or 600/day), or `suggest` (what the search box asks as a seeker
types: prefixes of one to four letters of a last word, after none, one or two words).

Words come from the benchmark generator's vocabulary (bench/generate.sql) with some that
match nothing; 0 to 3 filters from the database's own slugs, including the selective and
the impossible combinations; the three sorts; pages 1 to 50; HTML and the JSON API. No
path is written twice, so a run that uses each once leaves no cache anything to answer.
"""
import random
import subprocess
import sys
import urllib.parse

WORDS = ['kubernetes', 'python', 'pytorch', 'mlflow', 'airflow', 'feature', 'store', 'pipelines', 'monitoring',
         'drift', 'serving', 'latency', 'gpu', 'training', 'evaluation', 'llm', 'rag', 'terraform', 'docker',
         'spark', 'ray', 'fraud', 'forecasting', 'ranking', 'recommendations', 'platform', 'reliability',
         'retraining', 'inference', 'registry', 'observability', 'engineer', 'deployment', 'scale', 'data',
         'models', 'mlops', 'machine', 'learning', 'senior', 'lead', 'principal', 'junior', 'head']
# Words no generated posting has: searches that find nothing must be fast too.
NOTHING = ['haskell', 'cobol', 'quantum', 'blockchain', 'fortran', 'erlang', 'triton', 'kdb', 'verilog', 'sas']


def slugs(database, sql):
    out = subprocess.run(['psql', '-X', '-qAt', '-h', 'localhost', '-U', 'postgres', '-d', database, '-c', sql],
                         check=True, capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line]


def words(rng):
    shape = rng.random()
    if shape < 0.05:
        return rng.choice(NOTHING) + ('' if rng.random() < 0.5 else ' ' + rng.choice(WORDS))
    if shape < 0.45:
        return rng.choice(WORDS)
    if shape < 0.70:
        a, b = rng.sample(WORDS, 2)
        return a + ' ' + b
    if shape < 0.80:
        a, b = rng.sample(WORDS, 2)
        return '"%s %s"' % (a, b)
    if shape < 0.90:
        a, b = rng.sample(WORDS, 2)
        return '%s -%s' % (a, b)
    a, b = rng.sample(WORDS, 2)
    return '%s or %s' % (a, b)


SYNONYMS = ['k8s', 'mle', 'genai', 'gen ai', 'llms', 'ml ops', 'ml-ops', 'torch', 'tf', 'wandb', 'w&b', 'gcp', 'aws',
            'sre', 'cloud ml', 'ml engineer', 'iac', 'nlp', 'ci/cd', 'experiment tracking']
PLACES = ['london', 'manchester', 'cambridge', 'remote', 'hybrid', 'contract', 'permanent', 'outside ir35',
          'inside ir35', 'sc', 'dv', 'visa', 'senior', 'junior', 'principal', 'head', 'uk', 'edinburgh', 'leeds']
PAY = ['70k', '85K', '£90,000', '100000', '£600/day', '550/day', '650 a day', '120k', '£700 per day']


def typo(rng, word):
    """The word with one slip: a letter dropped, doubled, swapped or changed, never the first."""
    if len(word) < 5:
        return word
    i = rng.randint(1, len(word) - 2)
    kind = rng.random()
    if kind < 0.3:
        return word[:i] + word[i + 1:]
    if kind < 0.5:
        return word[:i] + word[i] + word[i:]
    if kind < 0.75:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + rng.choice('aeiouy') + word[i + 1:]


def forgiving_words(rng):
    shape = rng.random()
    if shape < 0.30:
        return rng.choice(SYNONYMS) + ('' if rng.random() < 0.5 else ' ' + rng.choice(WORDS))
    if shape < 0.55:
        return typo(rng, rng.choice(WORDS)) + ('' if rng.random() < 0.6 else ' ' + rng.choice(WORDS))
    if shape < 0.85:
        return rng.choice(WORDS) + ' ' + rng.choice(PLACES)
    return rng.choice(PLACES) + ' ' + typo(rng, rng.choice(WORDS))


def suggest_main(count, rng):
    seen = set()
    attempts = 0
    vocabulary = WORDS + ['kubeflow', 'weights', 'sagemaker', 'vertex', 'london', 'manchester', 'remote',
                          'contract', 'monzo', 'deliveroo', 'arm', 'ocado', 'tesco', 'lloyds', 'cambridge',
                          'edinburgh', 'bristol', 'leeds', 'hybrid', 'outside', 'senior', 'staff']
    while len(seen) < count and attempts < count * 50:
        attempts += 1
        last = rng.choice(vocabulary)
        prefix = last[:rng.randint(1, min(4, len(last)))]
        head = ' '.join(rng.sample(WORDS + SYNONYMS, rng.choice([0, 0, 1, 1, 2])))
        q = (head + ' ' + prefix).strip()
        path = '/api/v1/suggest?' + urllib.parse.urlencode({'q': q})
        if path not in seen:
            seen.add(path)
            print(path)


def main():
    database, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 13)
    mix = sys.argv[4] if len(sys.argv) > 4 else 'search'
    if mix == 'suggest':
        suggest_main(count, rng)
        return
    dims = {
        'role': slugs(database, 'SELECT slug FROM role'),
        'level': sorted(set(slugs(database, 'SELECT slug FROM level'))),
        'region': slugs(database, 'SELECT slug FROM region'),
        'town': slugs(database, 'SELECT slug FROM town WHERE region_id IS NOT NULL'),
        'company': slugs(database, 'SELECT slug FROM company'),
        'skill': WORDS[:31],
        'workMode': ['remote', 'hybrid', 'on-site'],
        'type': ['permanent-full-time', 'contract', 'fixed-term'],
        'ir35': ['inside', 'outside', 'undetermined'],
        'clearance': ['none', 'bpss', 'sc', 'ctc', 'dv'],
        'visa': ['yes', 'no'],
        'agency': ['yes', 'no'],
        'postedWithin': ['1', '3', '7', '30'],
        'minPay': [str(p) for p in range(50000, 160001, 10000)] + [str(p) for p in range(400, 901, 50)],
    }
    # The combinations the issue measured at seconds each, and some that can match nothing.
    selective = [
        {'type': 'contract', 'ir35': 'undetermined', 'minPay': '50000', 'sort': 'pay'},
        {'type': 'contract', 'ir35': 'undetermined', 'minPay': '600'},
        {'type': 'permanent-full-time', 'ir35': 'inside'},
        {'clearance': 'dv', 'visa': 'yes', 'workMode': 'remote'},
        {'type': 'contract', 'clearance': 'sc', 'region': 'london'},
    ]
    seen = set()
    attempts = 0
    while len(seen) < count and attempts < count * 50:
        attempts += 1
        params = {}
        if mix == 'forgiving':
            forgiving(rng, params, dims)
            base = '/api/v1/jobs' if rng.random() < 0.2 else '/jobs'
            path = base + '?' + urllib.parse.urlencode(params, doseq=True)
            if path not in seen:
                seen.add(path)
                print(path)
            continue
        if rng.random() < 0.85:
            params['q'] = words(rng)
        if rng.random() < 0.08:
            params.update(rng.choice(selective))
        for name in rng.sample(sorted(dims), rng.choice([0, 1, 1, 2, 2, 3])):
            params.setdefault(name, rng.choice(dims[name]))
        roll = rng.random()
        if roll < 0.25:
            params.setdefault('sort', 'newest')
        elif roll < 0.40:
            params.setdefault('sort', 'pay')
        roll = rng.random()
        if roll > 0.90:
            params['page'] = str(rng.randint(6, 50))
        elif roll > 0.70:
            params['page'] = str(rng.randint(2, 5))
        base = '/api/v1/jobs' if rng.random() < 0.2 else '/jobs'
        path = base + ('?' + urllib.parse.urlencode(params) if params else '')
        if path not in seen:
            seen.add(path)
            print(path)


def forgiving(rng, params, dims):
    """A search the site must read as meant, into params (lists for repeated values)."""
    params['q'] = forgiving_words(rng)
    roll = rng.random()
    if roll < 0.35:
        name = rng.choice(['workMode', 'type', 'level', 'company', 'skill', 'town'])
        params[name] = rng.sample(dims[name], min(len(dims[name]), rng.randint(2, 3)))
    elif roll < 0.55:
        params['near'] = rng.choice(dims['town'])
        params['within'] = rng.choice(['5', '10', '25', '50', '100'])
        if rng.random() < 0.3:
            params['remote'] = 'yes'
    elif roll < 0.70:
        params['minPay'] = rng.choice(PAY)
    if rng.random() < 0.25:
        name = rng.choice(['clearance', 'ir35', 'visa', 'postedWithin'])
        params.setdefault(name, rng.choice(dims[name]))
    if rng.random() > 0.85:
        params['page'] = str(rng.randint(2, 10))


if __name__ == '__main__':
    main()
