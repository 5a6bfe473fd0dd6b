"""Builds /work/heldout/gold/*.json from the hand annotations below.

Each article: actors (name, kind, aliases) and quotes (text, kind, speaker-name-or-None).
speaker_aliases are copied from the speaker's actor aliases (dev convention).
"""
import json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
D, P, S = 'direct', 'partial', 'scare'
ANN = {}

def art(stem, actors, quotes):
    ANN[stem] = (actors, quotes)

# ---------------------------------------------------------------- lee_036
art('lee_036', [
    ('Rudolph Giuliani', 'person', ['New York Mayor Rudolph Giuliani', 'Mr Giuliani', "Time magazine's 2001 Person of the Year", 'the Mayor']),
    ('Time magazine', 'organization', []),
    ("many in the city's black and Hispanic communities", 'anonymous', []),
    ('New York Police Department', 'organization', ["New York's Police Department"]),
    ('Michael Bloomberg', 'person', ['billionaire media mogul Michael Bloomberg']),
], [
    ('soaring, beautiful', P, 'Rudolph Giuliani'),
    ('This place has to be sanctified,', D, 'Rudolph Giuliani'),
    ('This place has to become a place which, when anybody comes here, they are going to feel the great power and emotion of what it means to be an American.', D, 'Rudolph Giuliani'),
    ('knee-jerk', P, "many in the city's black and Hispanic communities"),
    ('The reality is that the model that was adopted for dealing with crime in New York City is the very, very best way to ensure you can make your city safe,', D, 'Rudolph Giuliani'),
    ('I felt that my job as the mayor was to turn around the city, because I believed - rightly or wrongly - that we had one last chance to do that.', D, 'Rudolph Giuliani'),
])

# ---------------------------------------------------------------- lee_049
art('lee_049', [
    ('European monarchs', 'group', []),
    ('United States', 'country', ['America']),
    ('Elizabeth II', 'person', ['Queen Elizabeth II', "Britain's Queen Elizabeth II", 'The Queen']),
    ('United Kingdom', 'country', ['Britain']),
    ('Carl XVI Gustaf', 'person', ["Sweden's King Carl XVI Gustaf"]),
    ('Sweden', 'country', []),
    ('Juan Carlos', 'person', ["Spain's King Juan Carlos", 'King Juan']),
    ('Spain', 'country', []),
], [
    ('more than their fair share of trials and disasters', P, 'Elizabeth II'),
    ('The terrorist outrages in the United States last September brought home to us the pain and grief of ordinary people the world over who find themselves innocently caught up in such evil,', D, 'Elizabeth II'),
    ('In these circumstances so many of us, whatever our religion, need our faith more than ever to sustain and guide us.', D, 'Elizabeth II'),
    ('Every one of us needs to believe in the value of all that is good and honest.', D, 'Elizabeth II'),
    ('The need for community and friendship beyond borders is even greater following these tragedies,', D, 'Carl XVI Gustaf'),
    ('The terrible attacks of September 11 on the US, of a previously unknown magnitude, have shaken the conscience of humanity and shattered many of the ideas on which we base the way we live,', D, 'Juan Carlos'),
    ('The reaction of the international community has show in a clear way its willingness in the future to prevent those who think that violence and terror are valuable instruments for imposing their ideas and exercising their tyranny,', D, 'Juan Carlos'),
])

# ---------------------------------------------------------------- lee_071
art('lee_071', [
    ('Nicole Kidman', 'person', ['Australian actress Nicole Kidman']),
    ('Ewen McGregor', 'person', []),
    ('Baz Luhrmann', 'person', []),
    ('Ron Howard', 'person', []),
    ('Russell Crowe', 'person', ['Oscar winner Russell Crowe', 'Crowe']),
], [
    ('Moulin Rouge', S, None),
    ('The Others', S, None),
    ('Moulin Rouge', S, None),
    ('A Beautiful Mind', S, None),
])

# ---------------------------------------------------------------- lee_083
art('lee_083', [
    ('Simon Crean', 'person', ['The Opposition leader', 'Mr Crean']),
    ('Office of the Governor-General', 'organization', ['the office']),
    ('Peter Hollingworth', 'person', ['Dr Peter Hollingworth', 'Dr Hollingworth', 'Governor-General', 'Archbishop of Brisbane']),
    ('Child advocates', 'anonymous', []),
    ('Jim Soorley', 'person', ["Brisbane's Lord Mayor"]),
], [
    ('I think it has tarnished the Office of the Governor-General, the fact that it took so long for this statement to come out,', D, 'Simon Crean'),
    ('Many people have been calling for it, me included.', D, 'Simon Crean'),
    ('I think if we are to avoid further damage to the office, we need to clear it up completely.', D, 'Simon Crean'),
    ('Within the Christian tradition, bishops are regarded as shepherds,', D, 'Jim Soorley'),
    ("It's very clear that he was not a good shepherd and there are serious consequences for that.", D, 'Jim Soorley'),
    ('I think his actions are not the actions of a good shepherd and I think there are still questions to be answered.', D, 'Jim Soorley'),
])

# ---------------------------------------------------------------- lee_093
art('lee_093', [
    ('A senior Hamas official', 'anonymous', ['The official']),
    ('Hamas', 'organization', ['the radical Palestinian movement', 'the radical group']),
    ('Israel', 'country', ['Israeli']),
    ('Agence France Presse', 'organization', ['the Agence France Presse news agency']),
    ('Palestinians', 'group', ['Palestinian']),
    ("An official from Palestinian leader Yasser Arafat's Fatah movement", 'anonymous', ['The Fatah official']),
    ('Yasser Arafat', 'person', ['Palestinian leader Yasser Arafat', 'Mr Arafat']),
    ('Fatah', 'organization', ['Fatah movement']),
    ('Ariel Sharon', 'person', ["Israel's Prime Minister Ariel Sharon"]),
    ('army radio', 'organization', []),
    ('A senior Israeli Defence official', 'anonymous', ['The defence source']),
], [
    ('martyrdom operations', P, 'Hamas'),
    ('targeted', S, None),
    ("We can't predict anything,", D, 'A senior Hamas official'),
    ('soft', P, 'A senior Israeli Defence official'),
])

# ---------------------------------------------------------------- lee_097
art('lee_097', [
    ('Australia', 'country', ['Australian authorities']),
    ('David Hicks', 'person', ['the suspected Al Qaeda fighter']),
    ('Northern Alliance', 'organization', []),
    ('Daryl Williams', 'person', ['The Attorney-General', 'Mr Williams']),
    ('United States', 'country', []),
    ('Al Qaeda', 'organization', []),
    ('ASIO', 'organization', []),
    ('Federal Police', 'organization', ['AFP']),
], [
    ('What is proposed is that he will be interrogated by an ASIO/AFP team,', D, 'Daryl Williams'),
    ('He was captured by the Northern Alliance team in a conflict situation.', D, 'Daryl Williams'),
    ("He's held in military custody and whatever is the appropriate practice in that context will be followed,", D, 'Daryl Williams'),
    ('I do not imagine that he will be offered legal representation in these present circumstances.', D, 'Daryl Williams'),
])

# ---------------------------------------------------------------- lee_165
art('lee_165', [
    ('Socceroos', 'organization', []),
    ('Frank Farina', 'person', ['Socceroos coach Frank Farina', 'Farina', 'the coach']),
    ('Soccer Australia', 'organization', ['the organisation']),
    ('Ian Knop', 'person', ['Soccer Australia chairman Ian Knop', 'Mr Knop']),
    ('Australia', 'country', []),
], [
    ('three or four days', P, 'Frank Farina'),
    ('very close', P, 'Frank Farina'),
    ("I want to be happy with that and the direction we are going there, but all the discussions thus far have been very good and this morning's was excellent,", D, 'Frank Farina'),
    ('We agreed that this is all we were going to say,', D, 'Ian Knop'),
    ("We are putting together a program of working together on a long-term basis and that's where I'd like to leave it.", D, 'Ian Knop'),
    ('kicking it', P, 'Ian Knop'),
])

# ---------------------------------------------------------------- lee_216
art('lee_216', [
    ('Abdul Salam Zaeef', 'person', ['former Taliban ambassador to Pakistan Abdul Salam Zaeef', 'A senior Taliban official']),
    ('Taliban', 'organization', ['the Islamic militia']),
    ('Pakistan', 'country', []),
    ('CNN', 'organization', []),
    ('Hamid Karzai', 'person', ['Karzai', 'the new Afghan interim leader']),
    ('United States', 'country', ['America']),
], [
    ('This agreement was that Taliban should surrender Kandahar peacefully to the elders of these areas and we should guarantee the lives and the safety of Taliban authorities, and all the Taliban from tomorrow should start this program...,', D, 'Abdul Salam Zaeef'),
    ("The Taliban will surrender to elders, not to Karzai ... Karzai and other persons, which they want to enter Kandahar by the support of America, they don't allow to enter Kandahar city,", D, 'Abdul Salam Zaeef'),
    ('The Taliban will surrender the weapons, the ammunition, to elders.', D, 'Abdul Salam Zaeef'),
])

# ---------------------------------------------------------------- lee_284
art('lee_284', [
    ('Colin Powell', 'person', ['Secretary of State Colin Powell', 'Mr Powell']),
    ('United States', 'country', ['US']),
    ('Osama bin Laden', 'person', ['Saudi fugitive Osama bin Laden', 'bin Laden']),
    ('Taliban', 'organization', ["Afghanistan's ousted Taliban militia"]),
    ('CBS', 'organization', []),
    ('George W. Bush', 'person', ['US President George W. Bush']),
    ('Al Qaeda', 'organization', []),
    ('Donald Rumsfeld', 'person', ['Defense Secretary Donald Rumsfeld', 'Mr Rumsfeld']),
    ('Officials', 'anonymous', []),
    ('US Marines', 'organization', []),
    ('US officers in Afghanistan', 'anonymous', []),
], [
    ('southern and eastern part', P, 'Colin Powell'),
    ('just a matter of time', P, 'Colin Powell'),
    ('Face the Nation', S, None),
    ('[The Taliban] still hanging on in Kandahar and some of the southern provinces and the mountains to the east and to the south but they are under enormous pressure,', D, 'Colin Powell'),
    ('It is just a matter of time before we achieve our objectives.', D, 'Colin Powell'),
    ('He wants Osama bin Laden, he wants Al Qaeda ripped up and the Taliban has to be totally removed from power,', D, 'Colin Powell'),
    ('You can be sure that we are looking [for bin Laden] and we have quite a few ideas to pursue.', D, 'Colin Powell'),
    ('We have got 1,500 to 2,000 people,', D, 'Donald Rumsfeld'),
])

# ---------------------------------------------------------------- leecor_022
art('leecor_022', [
    ('The biowarfare expert under scrutiny in the anthrax attacks', 'anonymous', ['the scientist']),
    ('John Ashcroft', 'person', ['Attorney General John Ashcroft']),
], [
    ('I am not the anthrax killer,', D, 'The biowarfare expert under scrutiny in the anthrax attacks'),
    ('person of interest', P, 'John Ashcroft'),
])

# ---------------------------------------------------------------- leecor_026
art('leecor_026', [
    ('United States', 'country', ['U.S.']),
    ('Canada', 'country', ['Canadian']),
    ('one security expert', 'anonymous', []),
    ('David Hudak', 'person', ["a Canadian businessman"]),
], [
    ('chilling', P, 'one security expert'),
    ('Charge Demolition.', S, None),
])

# ---------------------------------------------------------------- leecor_035
art('leecor_035', [
    ('Osama bin Laden', 'person', ["the world's most wanted man"]),
    ('Afghanistan', 'country', ['Afghans']),
    ('United States', 'country', []),
    ('IslamOnline.net', 'organization', []),
    ('an Afghan source who asked to remain anonymous', 'anonymous', ['The source']),
], [
    ('letter', S, None),
    ('most recent letter', P, 'an Afghan source who asked to remain anonymous'),
])

# ---------------------------------------------------------------- news4k_cnn_test_nlp
art('news4k_cnn_test_nlp', [
    ('Robert Gates', 'person', ['Former Defense Secretary Robert Gates', 'Gates']),
    ('Donald Trump', 'person', ['President-elect Donald Trump']),
    ('ExxonMobil', 'organization', []),
    ('Rex Tillerson', 'person', ['ExxonMobil CEO Rex Tillerson', 'Tillerson']),
    ('Vladimir Putin', 'person', ['Russian President Vladimir Putin', 'Putin']),
    ('Russia', 'country', ['Russian']),
    ('United States', 'country', ['US']),
    ('NBC', 'organization', []),
    ('Condoleezza Rice', 'person', ['former Secretary of State Condoleezza Rice', 'Rice']),
    ('George W. Bush administration', 'organization', []),
    ('Pentagon', 'organization', []),
    ('Barack Obama', 'person', ['President Barack Obama']),
    ('intelligence community', 'organization', []),
    ('KGB', 'organization', []),
], [
    ('Clearly the CEO of any US company that does business around the world is going to want to be on friendly relationships with the leaders and governments of those countries where they do business. But being friendly doesn’t make you friends,', D, 'Robert Gates'),
    ('Meet the Press.', S, None),
    ('After all, if you wanted to show pictures, I hoisted a glass of vodka more than one time with the head of the KGB and it looked like it was friendly if you’d taken a photograph of it. But I can guarantee you, we weren’t friends. We were adversaries,', D, 'Robert Gates'),
    ('But in the course of doing business, you at least maintain the pleasantries. You can’t be at each other’s throats 24/7,', D, 'Robert Gates'),
    ('So I think mistaking a picture of somebody lifting a champagne glass or shaking hands with somebody, confusing that with being friends or being closely associated other than in a business sense, I think is a mistake. I think it’s a false narrative.', D, 'Robert Gates'),
])

# ---------------------------------------------------------------- news4k_time_001
art('news4k_time_001', [
    ('James Hansen', 'person', ['Hansen', 'Hanson', 'Jim']),
    ('Congress', 'organization', []),
    ('Oxford Open Climate Change', 'organization', []),
    ('many researchers', 'anonymous', []),
    ('Columbia University', 'organization', []),
    ('TIME', 'organization', []),
    ('U.N. Intergovernmental Panel on Climate Change', 'organization', []),
    ('Michael Mann', 'person', ['Mann']),
    ('Pennsylvania State University', 'organization', []),
    ('Michael Oppenheimer', 'person', []),
    ('Princeton University', 'organization', []),
], [
    ('Humanity made a Faustian bargain by offsetting a substantial but uncertain fraction of greenhouse gas warming with aerosol cooling,', D, 'James Hansen'),
    ('Now, as we want to reduce all the chronic health effects of aerosols, our first Faustian payment is due.', D, 'James Hansen'),
    ('a fraud', P, 'James Hansen'),
    ('The 2°C warming limit is dead, unless we take purposeful actions to alter the earth’s energy imbalance,', D, 'James Hansen'),
    ("We have to recognize we're geoengineering the planet right now [with greenhouse gasses],", D, 'James Hansen'),
    ('We have to minimize that human-made geoengineering. And, on a temporary timescale, that will probably require reflecting sunlight, just because of how difficult it is to get the greenhouse gasses out of the atmosphere.', D, 'James Hansen'),
    ('I come away with very different conclusions about what we collectively learn from the Cenozoic, cooling, the Pliocene, and the Holocene. Basically, they tell us that climate models have the climate sensitivity… about right,', D, 'Michael Mann'),
    ('misguided policy advocacy.', P, 'Michael Mann'),
    ('The authors are promoting the unprecedented, and potentially very dangerous, ‘geoengineeering’ gambit of attempting to manipulate our planetary environment,', D, 'Michael Mann'),
    ('This desperate action is motivated by what I consider to be a fallacy, advanced by the article, that large-scale warming will be substantially greater than current-generation models project.', D, 'Michael Mann'),
    ('Much of Jim’s analysis is credible,', D, 'Michael Oppenheimer'),
    ('However, I disagree on the solution: using [aerosols] to geoengineer the climate. No outdoor experiments should be done and no implementation of this approach considered until there is a framework for global governance of geoengineering of this type in place, agreed to by a broad swath of countries.', D, 'Michael Oppenheimer'),
])

# ---------------------------------------------------------------- news4k_cnn_article
art('news4k_cnn_article', [
    ('CNN', 'organization', []),
    ('Steve Cowan', 'person', ['The Pennsylvania official', 'a spokesman for the Pennsylvania Department of Transportation']),
    ('Pennsylvania Department of Transportation', 'organization', []),
    ('Todd Borek', 'person', ['CNN meteorologist Todd Borek']),
    ('Latasha Abney', 'person', ['Abney']),
    ('United States', 'country', ['Americans']),
    ('AAA', 'organization', []),
    ('Delta', 'organization', []),
    ('TSA', 'organization', []),
    ('Brian M. Good', 'person', []),
    ("Macy's", 'organization', []),
    ('James Hall', 'person', ['Patrol Chief James Hall']),
    ('New York Police Department', 'organization', ['the police department']),
    ('Officials', 'anonymous', []),
    ('Jose Ramirez', 'person', []),
    ('organizers', 'anonymous', []),
    ('Federal Aviation Administration', 'organization', []),
    ('American Airlines', 'organization', []),
    ('Kent Powell', 'person', ["American Airlines' Kent Powell"]),
    ('US Airways', 'organization', []),
    ('Todd Lehmacher', 'person', []),
    ('US Airways Express', 'organization', []),
    ('Amtrak', 'organization', ["the nation's rail system"]),
    ('Ellie Hall', 'person', []),
    ('Chad Myers', 'person', ['CNN meteorologist Chad Myers']),
    ('Sarah Martini', 'person', []),
    ('National Highway Traffic Safety Administration', 'organization', []),
    ('Seqret Watson', 'person', ['Watson']),
    ('KFSM', 'organization', ['affiliate KFSM']),
    ('Peterson family', 'group', ['The Peterson family']),
    ('Jennifer Peterson', 'person', []),
    ('WUSA', 'organization', ['CNN affiliate WUSA']),
    ('Jason Carroll', 'person', []),
    ('Ben Brumfield', 'person', []),
    ('Dave Hennen', 'person', []),
    ('Aaron Cooper', 'person', []),
    ('Alexandra Field', 'person', []),
    ('Shannon Travis', 'person', []),
    ('Greg Botelho', 'person', []),
], [
    ('We dodged a bullet,', D, 'Steve Cowan'),
    ('The worst in terms of widespread snow and rain is over. Tomorrow will be a quieter day, although wind gusts will continue to be a problem overnight and Thursday for the Northeast.', D, 'Todd Borek'),
    ('I thought the lines were going to be ridiculous,', D, 'Latasha Abney'),
    ("I was second in line checking my bag with Delta (checked into my flight last night) and security was a breeze. I walked right up, the TSA agent checked my info and I immediately started the security process. And now the wait begins. It's pretty quiet by the gates. Not too many people roaming around. So far, so good! Happy Thanksgiving!!!!", D, 'Latasha Abney'),
    ('Instead the roads were dead,', D, 'Brian M. Good'),
    ("It's warm outside and it stopped raining. No lines at the airport and flight is on time. Wish the forecasters were wrong all the time :)", D, 'Brian M. Good'),
    ("Tomorrow before the event, we'll make a determination -- the police department, the incident commander -- whether the balloons will fly or not,", D, 'James Hall'),
    ('It looks good. It looks very good,', D, 'James Hall'),
    ("We came all the way from Puerto Rico to see the parade, so it will be a disappointment if we don't see the balloons,", D, 'Jose Ramirez'),
    ('pretty minimal, at this point,', P, 'Todd Lehmacher'),
    ('The real story is people are getting to their destinations, albeit a little delayed in some but not all cases,', D, 'Todd Lehmacher'),
    ('Rail travel remains one of the most reliable and comfortable transportation options, especially in weather conditions that negatively impact other modes,', D, 'Amtrak'),
    ('QUIET CAR. Window seat. Polite seatmate. I have hit the Amtrak travel trifecta. #blessed,', D, 'Ellie Hall'),
    ("It's sleet; it's rain; it's 31 degrees. It's ugly out there,", D, 'Chad Myers'),
    ('Well, since the forecast said we would be hitting an ice storm on our way, we ended up leaving the night before we had planned and took an alternate route,', D, 'Sarah Martini'),
    ('This morning we took smaller roads to avoid DC traffic and have made great progress! We managed to avoid bad weather and traffic and are getting close to getting to Pittsburgh from NC!', D, 'Sarah Martini'),
    ("I get on the highway, and the next thing I know I'm spinning,", D, 'Seqret Watson'),
    ('I try to grab my wheel and then I just hit the wall. Just jumped out to make sure my kids were OK,', D, 'Seqret Watson'),
    ('It was a small fortune,', D, 'Jennifer Peterson'),
    ("We could've gone to the Bahamas for what we paid!", D, 'Jennifer Peterson'),
])

# ---------------------------------------------------------------- news4k_video_article_02
art('news4k_video_article_02', [
    ('T1', 'organization', ['the organization']),
    ('Lee Sang-hyeok', 'person', ['Faker', 'Lee “Faker” Sang-hyeok']),
    ('Bae Seong-woong', 'person', ['Bengi', 'Bae “Bengi” Seong-woong']),
    ('LCK', 'organization', []),
    ('LPL', 'organization', []),
    ('Bilibili Gaming', 'organization', []),
    ('LNG Esports', 'organization', []),
    ('JD Gaming', 'organization', []),
    ('Weibo Gaming', 'organization', ['WBG']),
    ('DRX', 'organization', []),
    ('Choi Woo-je', 'person', ['Zeus', 'Choi “Zeus” Woo-je']),
    ('Kang Seung-lok', 'person', ['TheShy', 'Kang “TheShy” Seung-lok']),
    ('Mun Hyeon-jun', 'person', ['Oner', 'Mun “Oner” Hyeon-jun']),
    ('Ryu Min-seok', 'person', ['Keria', 'Ryu “Keria” Min-seok']),
    ('Lee Min-hyeong', 'person', ['Gumayusi', 'Lee “Gumayusi” Min-hyeong']),
    ('Li Yuan-Hao', 'person', ['Xiaohu', 'Li “Xiaohu” Yuan-Hao']),
    ('Wei Bo-Han', 'person', ['Weiwei', 'Wei “Weiwei” Bo-Han']),
    ('Liu Qing-Song', 'person', ['Crisp', 'Liu “Crisp” Qing-Song']),
    ('SKT', 'organization', []),
    ('Samsung Galaxy', 'organization', []),
    ('G2 Esports', 'organization', []),
    ('Dplus KIA', 'organization', []),
    ('ONE Esports', 'organization', []),
    ('Facebook', 'organization', []),
    ('Twitter', 'organization', []),
    ('Riot', 'organization', []),
], [
    ('Faker', S, None),
    ('Bengi', S, None),
    ('Zeus', S, None),
    ('TheShy', S, None),
    ('Oner', S, None),
    ('Keria', S, None),
    ('Gumayusi', S, None),
    ('Xiaohu', S, None),
    ('Weiwei', S, None),
    ('Crisp', S, None),
])


def build():
    os.makedirs(os.path.join(HERE, 'gold'), exist_ok=True)
    for stem, (actors, quotes) in ANN.items():
        amap = {}
        for name, kind, aliases in actors:
            assert name not in amap, (stem, name)
            amap[name] = aliases
        qs = []
        for text, kind, spk in quotes:
            assert kind in (D, P, S)
            if spk is not None:
                assert spk in amap, (stem, spk)
            assert (kind == S) == (spk is None) or kind == P, (stem, text)
            qs.append({'text': text, 'kind': kind, 'speaker': spk,
                       'speaker_aliases': list(amap[spk]) if spk else []})
        doc = {'article': stem + '.txt', 'quotes': qs,
               'actors': [{'name': n, 'kind': k, 'aliases': a} for n, k, a in actors]}
        with open(os.path.join(HERE, 'gold', stem + '.json'), 'w', encoding='utf-8') as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write('\n')

if __name__ == '__main__':
    build()
