"""Checks the held-out gold files: valid UTF-8 JSON, non-ASCII unescaped, indent 1,
every quote text a substring of its article in order, speaker_aliases == actor aliases,
actor names/aliases present in the article, and a rough count of quotation-mark pairs."""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ok = True
rows = []
for gp in sorted(glob.glob(os.path.join(HERE, 'gold', '*.json'))):
    stem = os.path.basename(gp)[:-5]
    raw = open(gp, 'rb').read()
    s = raw.decode('utf-8')
    d = json.loads(s)
    if s != json.dumps(d, ensure_ascii=False, indent=1) + '\n':
        print(stem, 'not in canonical ensure_ascii=False/indent=1 form'); ok = False
    if '\\u' in s:
        print(stem, 'escaped unicode'); ok = False
    art = open(os.path.join(HERE, 'articles', d['article']), encoding='utf-8').read()
    pos = 0
    for q in d['quotes']:
        i = art.find(q['text'], pos)
        if i < 0:
            print(stem, 'NOT FOUND IN ORDER:', q['text'][:60]); ok = False; continue
        # the text should be bounded by quote marks (or, for unclosed quotes, by ' "')
        before, after = art[i-1:i], art[i+len(q['text']):i+len(q['text'])+1]
        if before not in '"“‘\'' or after not in '"”’\' ':
            print(stem, 'boundary?', repr(before), repr(after), q['text'][:50])
        pos = i + len(q['text'])
    amap = {a['name']: a for a in d['actors']}
    for q in d['quotes']:
        if q['speaker'] is not None and q['speaker_aliases'] != amap[q['speaker']]['aliases']:
            print(stem, 'alias mismatch', q['speaker']); ok = False
    for a in d['actors']:
        for n in [a['name']] + a['aliases']:
            if n.lower() not in art.lower():
                print(stem, 'actor form not in text:', n)
    # rough count of quotation pairs
    nstraight = art.count('"')
    ncurly = art.count('“')
    print(f"{stem}: {len(d['quotes'])} quotes; straight marks {nstraight}, “ {ncurly}, ” {art.count('”')}")
    kinds = [q['kind'] for q in d['quotes']]
    rows.append((stem, len(kinds), kinds.count('direct'), kinds.count('partial'), kinds.count('scare'), len(d['actors'])))
print()
print('| file | quotes | direct | partial | scare | actors |')
print('|---|---:|---:|---:|---:|---:|')
for r in rows:
    print('| %s | %d | %d | %d | %d | %d |' % r)
t = [sum(r[i] for r in rows) for i in range(1, 6)]
print('| **total** | **%d** | **%d** | **%d** | **%d** | **%d** |' % tuple(t))
print('OK' if ok else 'FAILED')
sys.exit(0 if ok else 1)
