// The analysis's word lists: their one home. Each section is a list, named by the type that asks it
// and its name there ("Lexicon.speechVerbs": `Lexicon.speechVerbs`); the lists asked of every token
// (TokenClass) are named by their class. Format, read by `WordLists.parse`:
//   @Owner.name        starts a list
//   # text             a comment (what the list is for, where it is used)
//   word, word, …      entries, parted by commas over any number of lines; an entry may be a phrase
//   + Owner.name       the words of another list, at this place
//   - Owner.name       leaves out the words of another list (from those so far)
// Lists are lower case unless said otherwise; a word added must serve a class of sentences, not one
// (see CONTRIBUTING.md). Every change shows its effect in Scripts/check-analysis.

enum WordListData {
    static let text = #"""
@Lexicon.honorifics
# Honorifics written with a dot before a name ("Mr. Clyburn", "Rep. Emanuel Cleaver", "Dr. Fauci"):
# part of how a name is written, neither a name nor a role.
mr, mrs, ms, messrs, dr, prof, rep, reps, sen, sens, gov, gen, lt, col, maj, capt, cpt, sgt, cpl, adm,
cmdr, rev, hon, pres, atty, supt, insp, mme, mlle, fr

@Lexicon.speechVerbs
# Verbs that report speech or writing, in the forms news uses.
say, says, said, saying, tell, tells, told, telling, state, states, stated, stating, add, adds, added,
adding, write, writes, wrote, writing, tweet, tweets, tweeted, tweeting, post, posts, posted, note,
notes, noted, noting, explain, explains, explained, explaining, remark, remarks, remarked, comment,
comments, commented, commenting, declare, declares, declared, announce, announces, announced, claim,
claims, claimed, claiming, argue, argues, argued, arguing, ask, asks, asked, asking, reply, replies,
replied, respond, responds, responded, insist, insists, insisted, insisting, warn, warns, warned,
warning, stress, stresses, stressed, stressing, emphasise, emphasised, emphasize, emphasized,
acknowledge, acknowledged, admit, admits, admitted, affirm, affirmed, confirm, confirms, confirmed,
observe, observed, observing, recall, recalls, recalled, continue, continued, conclude, concluded,
describe, describes, described, describing, call, calls, called, calling, urge, urges, urged, urging,
propose, proposed, suggest, suggests, suggested, suggesting, predict, predicted, report, reports,
reported, reporting, read, reads, concede, conceded, indicate, indicated, reveal, revealed, testify,
testified, quip, quipped, joke, joked, shout, shouted, plead, pleaded, promise, promised, vow, vowed,
pledge, pledged, deny, denied, criticise, criticised, criticize, criticized, characterise,
characterised, characterize, characterized, term, termed, label, labelled, labeled, accuse, accused,
accusing, condemn, condemned, praise, praised, blame, blamed, maintain, maintained, allege, alleged,
contend, contended, express, expressed, cite, cited, citing, assert, asserted, opine, opined, boast,
boasted, complain, complained, lament, lamented, demand, demanded, agree, agreed, share, shared, offer,
offered, apologise, apologised, apologize, apologized, decry, decried, hail, hailed, welcome, welcomed,
thank, thanked, announcing, stating, proclaim, proclaimed, mention, mentioned, point, pointed,
reiterate, reiterated, assure, assured, advise, advised, caution, cautioned, recount, recounted,
answer, answered, quote, quoted, quoting, spoke, speak, speaks, speaking, posting, tweeting, remarking,
replying, responding, announcing, confirming, declaring, insisting, suggesting, urging, chant, chanted,
chanting, yell, yelled, scream, screamed, exclaim, exclaimed, whisper, whispered, mused, countered,
retort, retorted, reminded, penned, pens, muse, muses, cautions,
# The present tense of the verbs above that is no common noun too ("he reiterates", "she concedes").
accuses, acknowledges, advises, affirms, agrees, alleges, apologises, apologizes, asserts, assures,
blames, boasts, characterises, characterizes, cites, complains, concedes, concludes, condemns,
contends, continues, criticises, criticizes, decries, denies, emphasises, emphasizes, exclaims, hails,
indicates, jokes, laments, maintains, observes, opines, pleads, predicts, proclaims,
proposes, quips, recounts, reiterates, retorts, reveals, screams, shouts, testifies, vows, welcomes,
whispers, yells, snapped, snaps, murmured, murmurs, muttered, mutters,
# (recalling, musing: "“Those goats were so smart,” remembers Shanna Challenger", "she laughed")
remembers, remembered, reflects, reflected, laughed,
# (the manner of speaking, as sports and popular papers report it: "“That's football,” shrugged Kevin De
# Bruyne", "she sighed", "the minister fumed")
sighed, shrugged, smiled, grinned, beamed, chuckled, gushed, enthused, enthuses, fumed, raged, scoffed,
sneered, hissed, growled, snarled, sobbed, gasped, groaned, moaned, marvelled, marveled,
confided, confessed, confesses, reasoned, surmised, speculated, ventured, volunteered, interjected,
teased, ranted,
# (pleading and exhorting: "Klein implores his readers “to become more aware …”")
implore, implores, implored, imploring, beseech, beseeched, exhort, exhorts, exhorted, exhorting, begged,
# (words sent by a channel: "“What a ride,” Butch Wilmore radioed", "“We're safe,” she texted")
radioed, texted, emailed, e-mailed, messaged, telegraphed, cabled,
# (and those that are common nouns too, verbs only where `nounLike` allows: "she shares with InStyle")
shares, pledges, praises, counters, laughs, sighs, shrugs, smiles, grins, chuckles, fumes, scoffs, groans,
moans

@Lexicon.nounLike
# Forms that are as often nouns ("controversial comments", "swing states"): verbs only after a name,
# a pronoun, an adverb or an institution ("the ministry states").
comments, remarks, reports, notes, claims, calls, posts, tweets, replies, answers, quotes, comment,
remark, report, note, claim, call, post, tweet, reply, answer, quote, states, state, read, reads,
share, offer, demand, demands, promise, pledge, welcome, praise, blame, cite, term, label, stress,
warning, ask, add, write, say, tell, speak, express, point, continue, agree, thank, deny, urge,
propose, reveal, reveals, jokes, shares, pledges, praises, counters, laughs, sighs, shrugs, smiles, grins,
chuckles, fumes, scoffs, groans, moans

@Lexicon.verbsAfterPlurals
# Of those, the ones that are verbs after a plural in small letters ("critics say", "experts warn",
# "officials deny"; a noun only after a determiner or an owner: "have a say", "their say").
say, tell, write, agree, deny, urge

@Lexicon.indefinites
# Words that stand for people without naming any ("many", "some", "others", "someone"): alone,
# no speaker ("While many offered \"furry\" versions").
many, some, several, most, few, all, both, either, neither, each, others, none, any, everyone,
everybody, someone, somebody, anyone, anybody, nobody, another

@Lexicon.compoundPrefixes
# First parts of hyphenated words that describe someone ("Co-author", "Ex-minister", "Self-styled").
co, ex, vice, self, anti, pro, non, former, then, so, well, long, first, second, third

@Lexicon.compoundParts
# Later parts of hyphenated words that describe someone ("year-old", "London-based", "US-born").
old, based, born, led, backed, owned, run, made, elect, designate, time, term

@Lexicon.institutionNouns
# Nouns that name an institution by its kind: "the agency said", "the ministry said" refer to the
# institution of that kind the article named last.
agency, organization, organisation, company, firm, ministry, department, group, government, party,
union, court, university, commission, council, committee, authority, bank, association, federation,
body, regulator, watchdog, airline, network, broadcaster, newspaper, club, team, foundation, institute,
charity, hospital, police, army, league, bloc, alliance, coalition

@Lexicon.genericInstitutionNouns
# Of those, the ones any institution can be called ("the agency" for the World Health Organization; "the
# bloc" for the European Union or ASEAN, "the alliance" for NATO).
agency, organization, organisation, body, group, firm, company, bloc, alliance

@Lexicon.quantities
# "A number of Senators": the group is what follows "of"; "Part of the statement": the document.
number, group, majority, many, some, dozens, hundreds, thousands, several, most, all, few, members,
one, two, three, none, each,
# "Part of the ruling reads": the document is what follows "of".
part, parts, portion, excerpt, excerpts, passage, rest

@Lexicon.beForms
# Forms of "be" that make a verb of speech passive: "was described by X as …".
was, were, is, are, been, be, being

@Lexicon.ownerPrepositions
# The words after a document that name its owner: "the opinion of the Court", "the account for The
# Daily Show", "a statement from the ministry", "a memo by X".
of, for, from, by

@Lexicon.spokespeople
# Those who speak for an institution: "a spokeswoman for Amazon" is the institution's voice.
spokesman, spokeswoman, spokesperson, spokespeople, representative, spokesmen, spokeswomen

@Lexicon.personNouns
# Common nouns for people that are no titles: an unnamed speaker described so ("A bouncer at the
# club said", "a witness told reporters") is someone a later "he" or "she" may mean.
man, woman, men, women, boy, girl, witness, witnesses, neighbour, neighbor, bouncer, passenger,
customer, shopper, tourist, visitor, worker, employee, farmer, fisherman, survivor, victim, patient,
parent, mother, son, daughter, wife, husband, friend, relative, bystander, onlooker, protester,
demonstrator, voter, fan, supporter, villager, soldier, pilot, engineer, guard, mechanic, waiter,
waitress, cashier, cook, chef, landlord, tenant, homeowner, volunteer, organiser, organizer,
eyewitness, commuter, motorist, cyclist, pedestrian, pensioner, retiree, veteran, miner, labourer,
laborer, reader, resident, teacher, student, nurse, driver, owner, shopkeeper, listener, viewer,
subscriber, citizen, father, brother, sister, grandmother, grandfather, colleague

@Lexicon.collectiveNouns
# Nouns for many people that are no plurals: "they" may be them ("Police said … they said"; "Her family
# paid tribute. "…," they said").
police, people, family, couple, crew, staff

@Lexicon.indefiniteArticles
# Words that bring in someone new ("a singer in the crowd said"), not someone named before.
a, an, one, another, some, any

@Lexicon.occupations
# Occupations and callings that describe someone already named ("the singer", "the striker"):
# not titles that an unnamed official holds, nor spokespeople.
singer, actor, actress, star, rapper, musician, comedian, filmmaker, novelist, poet, writer, artist,
painter, designer, dancer, model, player, striker, goalkeeper, midfielder, defender, forward, athlete,
champion, boxer, golfer, swimmer, sprinter, runner, cyclist, skier, veteran, billionaire, entrepreneur,
businessman, businesswoman, tycoon, mogul, scientist, researcher, economist, historian, philosopher,
activist, campaigner, youngster, teenager, pensioner, expert, psychologist, sociologist, biologist,
physicist, chemist, astronomer, ecologist, geologist, academic, scholar, author, cartoonist,
illustrator, photographer, columnist, blogger, youtuber, podcaster, composer, sculptor, architect,
broadcaster, geneticist, epidemiologist, virologist, neuroscientist, anthropologist, archaeologist,
zoologist, botanist, mathematician, inventor, pianist, violinist, guitarist, drummer,
playwright, screenwriter, chef, farmer, forecaster, meteorologist

@Lexicon.newspaperWords
# The last words of newspapers' names ("Millbrook Courier", "Harlow Gazette"); alone after "the", the paper
# ("told the Herald").
courier, gazette, herald, tribune, chronicle, journal, observer, telegraph, examiner, inquirer, sentinel,
dispatch

@Lexicon.companyWords
# The last words of companies' names, by trade or legal form: "Nordvik Semiconductor", "Harbor
# Securities", "Stoneway Aggregates", "Acme Holdings" (capitalised, after a name's first word).
semiconductor, semiconductors, motors, automotive, aerospace, airways, airlines, pharmaceuticals,
pharma, therapeutics, biosciences, biotech, technologies, technology, systems, software, electronics,
electric, robotics, dynamics, industries, enterprises, holdings, group, securities, investments,
ventures, capital, partners, insurance, bancorp, financial, telecom, telecommunications,
communications, networks, media, entertainment, studios, pictures, records, publishing, foods,
beverages, brewing, brewery, steel, mining, minerals, metals, petroleum, chemicals, logistics,
shipping, aggregates, resources, materials, labs, laboratories, solutions, corporation, corp, inc, ltd, limited, trust, llc, plc,
gmbh, ag, management, markets, strategies, advisors, advisers, consulting, consultants, associates,
analytics, television, broadcasting, services, energy,
# (house builders and property firms: "Oakfield Homes", "Harbour Properties", "Lendlease Developments")
homes, properties, developments, construction, builders
# (and a newspaper's: "Millbrook Courier", "Harlow Gazette")
+ Lexicon.newspaperWords

@Lexicon.ownerNouns
# People who may own a statement without being named or titled: "the statement from the family".
family, families, parents, relatives, lawyers, lawyer, attorneys, attorney, campaign, organisers,
organizers, victims, residents, staff, employees, workers, students

@Lexicon.documents
# Things that speak for their owner: "the WHO's website said" → WHO.
website, site, statement, account, post, page, report, readout, tweet, blog, release, letter,
proclamation, opinion, memo, summary, announcement, email, message, spokesperson, description, caption,
notice, filing, ruling, decree, petition, bulletin, advisory, document, transcript, study, paper,
survey, review, inquiry, speech, affidavit, indictment, lawsuit, complaint

@Lexicon.sentenceAdverbs
# Adverbs, connectives and quantifiers that open sentences, never part of the name after them:
# "Afterwards Penny tells", "Meanwhile Jane Smith told", "Both Green and White voted". (No adjectives:
# "New York", "First Minister", "Great Britain".)
both, either, neither, each, every, all, some, several, most, many, afterwards, afterward, meanwhile,
however, eventually, finally, suddenly, later, then, now, today, yesterday, tonight, still, also,
instead, thus, therefore, nevertheless, nonetheless, indeed, unfortunately, fortunately, luckily,
apparently, initially, ultimately, anyway, besides, likewise, similarly, consequently, hence,
sometimes, often, usually, again, otherwise, moreover, furthermore, additionally, currently, recently,
previously, overall, perhaps, maybe, actually, really, yes, no, well, oh, why, when, where, how, while,
although, though, because, if, since, once, as, even,
# Interjections and sentence adverbs that open a sentence before its subject: "Sure I may not have
# planned it" names no "Sure I".
sure, okay, yeah, alright, please, thanks, honestly, frankly, clearly, obviously, surely, certainly,
hopefully, sadly, thankfully, interestingly, importantly

@Lexicon.adverbs
# Words that may stand between a subject and its verb: "he also said", "she later told".
also, later, then, previously, earlier, further, subsequently, reportedly, had, has, have, was, were,
is, would, will, could, has, once, again, separately, publicly, recently, repeatedly, simply, already,
immediately, additionally, similarly, likewise, however, initially, originally, first, last, finally,
just, even, still, allegedly, apparently, openly, directly, explicitly, today, yesterday, to, not,
never, yet, did, does, do, may, might, must, should, can, shall, would, going, been, often, too,
usually, frequently, always, rather, quite, somewhat, now

@Lexicon.phraseEnders
# Negated auxiliaries and "only", which end a speaker phrase as a modal does ("I don't", "I only
# called myself"); apart from the adverbs, which name-finding shares.
only, don't, doesn't, didn't, won't, can't, cannot, wouldn't, couldn't, isn't, wasn't, don’t, doesn’t,
didn’t, won’t, can’t, wouldn’t, couldn’t, isn’t, wasn’t

@Attributor.goingOnVerbs
# Verbs of speech that after a modal or "to" say that something goes on or ends: "strikes could continue
# "well into the summer"", "talks are expected to conclude".
continue, conclude, resume, observe, recall

@Lexicon.modals
# Modal verbs: "the man could be heard saying" — the phrase before them is the subject.
could, would, can, will, should, may, might, must, shall

@Lexicon.timeNouns
# Nouns of time that head an introductory phrase, not a subject: "The next day,", "That evening,".
day, days, week, weeks, month, months, year, years, morning, afternoon, evening, night, weekend, time,
moment, hour, hours, season, decade

@Lexicon.pronouns
he, she, they, it, we, i, him, her, them, you

@EntityRecognizer.titleSmallWords
# Words a title writes in small letters between capitalised ones: "The Case for Colonialism", "Once Upon a
# Time in Hollywood", "Committee to Reelect the President" (a quotation in title case names a work).
a, an, the, and, or, but, nor, of, for, in, on, at, to, by, from, with, into, upon, over, as, vs

@EntityRecognizer.titleFirstWords
# Possessives that open a quoted title as function words do: "My Heart Will Go On", "Our Money".
my, our, your, his, her, its, their

@Lexicon.contractedStems
# Words whose "'s" is "is", "has" or "us", never a possessive: "That's how I feel", "There's a man",
# "Let's go" — the word before the apostrophe is the word (a function word, no name at a sentence's start).
that, this, there, here, what, who, where, when, why, how, let

@Lexicon.subjectPronouns
he, she, they, it, we

@Lexicon.determiners
a, an, the, this, that, these, those, its, his, her, their, our, one

@Lexicon.prepositions
of, to, at, for, from, with, in, on, by, via, into, about, after, before, during, over, under, against,
between, through, toward, towards, upon, across, than, like, as, since, until, within, without, per,
amid, amidst, among, amongst, following, despite, throughout, behind, beyond, near, around, outside,
inside, onto

@Lexicon.clauseBreaks
# Words that end the subject of a clause when met going left: conjunctions and relative words.
and, but, while, whereas, although, though, because, that, which, who, whom, where, when, if, so, yet,
or, what

@Lexicon.roleWords
# Titles and roles that precede a name; stripped into `role`.
president, vice, prime, minister, secretary, press, foreign, defence, defense, interior, health,
finance, economy, justice, home, state, general, attorney, spokesman, spokeswoman, spokesperson,
spokespeople, chancellor, senator, sen., sen, rep., rep, representative, governor, gov., gov, mayor,
chief, director, professor, prof., prof, dr., dr, mr., mr, mrs., mrs, ms., ms, gen., colonel, col.,
commander, chairman, chairwoman, chair, ceo, ambassador, king, queen, prince, princess, pope,
archbishop, bishop, cardinal, judge, justice, coach, captain, capt., officer, constable, sheriff,
deputy, assistant, acting, former, ex, emergency, emergencies, leader, speaker, member, mp, senior,
advisor, adviser, head, headteacher, headmaster, headmistress, councillor, councilor, premier, lieutenant, lt., sergeant, sgt., sgt,
superintendent, inspector, detective, det, insp, supt, dci, police, commissioner, executive, founder,
co-founder, owner,
manager, analyst, economist, expert, researcher, scientist, doctor, lawyer, attorney, editor, reporter,
correspondent, journalist, author, activist, official, officials, chairperson, first, lady, sir, dame,
lord, baroness, rabbi, imam, father, sister, brother, cllr, situations, national, security, chief,
then, then-secretary, then-president, incumbent, candidate, nominee, legislator, lawmaker, congressman,
congresswoman, assemblyman, assemblywoman, mep, envoy, diplomat, premier, emir, sultan, sheikh, crown,
field, marshal, admiral, major, maj., private, corporal, pastor, reverend, rev., cleric, ayatollah,
supreme, dean, rector, provost, principal, teacher, student, nurse, surgeon, physician, paramedic,
firefighter, trooper, agent, special, counsel, prosecutor, spokes, commentator, host, anchor,
presenter, actor, actress, singer, player, striker, goalkeeper, midfielder, defender, manager, referee,
driver, rider, athlete, champion, cosplayer, artist, designer, president-elect, vice-president,
secretary-general, director-general, mayor-elect, delegate, delegates, chancellor, counsellor, mp,
minister-president, costumer, attendee, resident, coordinator, taoiseach, tanaiste,
# Local government's and public offices' titles: "Supervisor Alfredo Pedroza", "Alderman Ed Burke",
# "Comptroller Brad Lander".
supervisor, supervisors, alderman, alderwoman, alderperson, councilman, councilwoman, councilmember,
selectman, selectwoman, freeholder, magistrate, treasurer, comptroller, auditor, clerk, chaplain,
administrator,
# The style of ministers and judges written in full ("The Honourable Natalio Wheatley"; "Hon." is an honorific).
honourable, honorable,
# After a title, its holder's retirement: "Bishop Emeritus Dinualdo Gutierrez", "Professor Emerita Jane Doe".
emeritus, emerita,
# Rulers' and nobles' titles: "Emperor Norton", "Tsar Peter", "the Emperor" (alone, no name). (Not
# those that are names too: Shah, Duke, Earl, Kaiser, Marquis.)
emperor, empress, tsar, tsarina, tsarevich, czar, czarina, pharaoh, duchess, archduke, marquess,
viscount,
# Honorifics of other languages: "Mademoiselle Stéphanie-Félicie Poterin du Motel", "Herr Schmidt" (ASCII:
# every list asked of tokens is).
monsieur, madame, mademoiselle, senor, senora, herr, frau, signor, signora

@Lexicon.organisationWords
# Words that mark a group or institution rather than a person ("ministry", "department").
ministry, department, office, council, committee, commission, agency, service, police, government,
administration, court, party, house, kremlin, army, military, company, corporation, university,
institute, organization, organisation, union, association, board, bureau, authority, authorities,
group, team, club, federation, league, bank, fund, foundation, network, newspaper, times, post, news,
press, report, statement, embassy, senate, parliament, congress, assembly, centre, center, force,
forces, act, law, bill, constitution, code, treaty, show, magazine, channel, station, guard, coalition,
alliance, tribunal, cabinet, legislature, inc, ltd, airlines, corp, llc, plc, enterprises, holdings,
college, school, academy, conservatory, conservatoire, brigade, hospital, infirmary, clinic, church, society,
institution, consortium, collaboration, cooperative, guild, syndicate, laboratory, caucus, navy, corps,
forum, schools, endowment, panel,
# a party in its own language: "Partido Popular", "Parti Québécois",
# "Partito Democratico", "Partij van de Arbeid"
partido, partei, parti, partito, partij

@Lexicon.monthsAndDays
january, february, march, april, may, june, july, august, september, october, november, december,
monday, tuesday, wednesday, thursday, friday, saturday, sunday

@Attributor.contrastWords
while, whereas, but

@Attributor.pronounClauseJoiners
and, but, while

@Attributor.leadingConnectives
and, but, while, then, so, yet, or, nor, thus, hence

@Attributor.namingVerbs
called, call, calls, termed, labelled, labeled

@Attributor.addresseeVerbs
# Verbs of speech whose object is the one spoken to: after a comma, the name that follows is never an
# inverted speaker ("Myers, who led communications, told Variety: "…"" is Myers's, not Variety's).
tell, tells, told, inform, informs, informed, assure, assures, assured, remind, reminds, reminded,
thank, thanks, thanked

@Attributor.timeModifiers
# Words before a noun of time that make a phrase of when, not a subject: "Amazon, the online retailer,
# last year pledged"; "Microsoft this week announced" (the subject is before it).
last, this, next, that, earlier, later, previous, past, same, early, late, each, every, the, a, few,
several, two, three, four, five, six, seven, eight, nine, ten

@QuoteExtractor.askingVerbs
# Verbs that put a question to someone named after them: "a reporter asked Montoya-Lewis, "…?"".
ask, asks, asked, question, questions, questioned

@SingleQuotes.elisions
# Words a single mark before them shortens, not a quotation it opens: "rock 'n' roll", "'em", "'til".
n, em, til, tis, twas, bout, neath, nuff

@QuoteExtractor.replyVerbs
# Verbs of one who answers a question: "she replied" after "X asked Y, "…?"" is Y.
reply, replies, replied, answer, answers, answered, respond, responds, responded, retort, retorts,
retorted

@Attributor.publishingVerbs
# Verbs that put a document out: its subject made it ("The federation released a statement. It read,
# "…"" is the federation's).
released, issued, published, posted, sent, shared, circulated

@Attributor.intensivePronouns
# After a subject, for emphasis: "Montoya-Lewis herself said".
himself, herself, themselves, itself, myself, ourselves, yourself

@Attributor.findingVerbs
# Verbs of a finding, before "that": what follows reports what a court, an inquiry, a coroner or a study
# said ("A coroner found that delays "more than minimally contributed"", "the court ruled that").
found, finds, ruled, rules

@Attributor.speakersForBodies
# Those who speak for a body named after them with "for", "at", "from" or "with": "A spokeswoman for the
# Department of Health said", "Officials at Google said" — the body speaks.
spokesman, spokeswoman, spokesperson, spokespeople, spokesmen, spokeswomen, representative,
representatives, official, officials

@Attributor.bodyPrepositions
# Between them and the body: "for", "at", "from", "with".
for, at, from, with

@Attributor.perceptionVerbs
# Verbs of perceiving or causing whose object does what the next verb says: "It's common to hear someone
# complain that …" — someone complains, not "it".
hear, hears, heard, see, sees, saw, seen, watch, watched, let, lets, make, makes, made, have, help,
helped

@Attributor.subordinators
# Words that open a subordinate clause before the main one: the subject of "If Trump read it, Schwartz
# would have been surprised, telling Mayer "…"" is the main clause's (Schwartz), after the comma.
if, when, although, though, because, while, whereas, once, unless, whenever

@Attributor.possessivePronouns
its, his, her, their

@Attributor.quotingVerbs
quoted, cited, quotes, cites, quoting, citing

@Attributor.quotingVerbsFinite
quoted, cited, quotes, cites

@Attributor.quoteVerbs
quoted, quotes, quoting

@Attributor.introducingWords
that, reporters, the, press, media, journalists, in, a, statement, on, twitter, via

@Attributor.verbPrepositions
to, as

@Attributor.clauseJoiners
which, who, that, and, or, but

@Attributor.relativePronouns
which, who, that

@QuoteFilter.reportingCues
reportedly, reports, reported, allegedly, according

@QuoteFilter.abbreviations
vs, v, no, st, mr, mrs, dr, jr, sr, inc, ltd, co, corp

@QuoteFilter.smallWords
of, the, a, an, and, in, on, for, to, at, with, by, or, from, is, vs, v

@QuoteFilter.mentionCues
# "the word "pandemic"", "the hashtag "…"": a word named, not said.
word, words, term, phrase, hashtag, slogan, motto, label, nickname, title, headline

@QuoteFilter.workNouns
# Nouns of works and named things: a title may follow them, after a comma too (`a seminal paper,
# "Electronic Markets and Electronic Hierarchies"`).
film, book, song, album, show, series, documentary, movie, hashtag, campaign, slogan, operation,
project, program, programme, word, term, phrase, article, essay, poem, novel, play, paper, column,
op-ed, editorial, podcast, episode, opera, musical, painting

@QuoteFilter.namingCues
called, named, titled, entitled, dubbed, nicknamed, so-called, as,
+ QuoteFilter.workNouns

@SpeakerResolver.nameJoints
# The words an institution's name or a title goes on through: "University of California", "spokeswoman for".
of, for

@SpeakerResolver.placeKinds
# Kinds of places as a name's last word: such a name is no person's ("Broward County says …. "…," he
# tells Axios" is not the county's).
city, county, province, region, district, state, oblast, prefecture, governorate, municipality, island,
islands, peninsula, valley, airport

@SpeakerResolver.namedOffices
# Offices held by people the article names (not the anonymous "official", "spokesman", "source"): "the
# Conservative MP", "the Democratic senator" after a party's or a place's word refer back to a person.
mp, mep, senator, congressman, congresswoman, minister, governor, mayor, leader, premier, chancellor,
lawmaker, legislator, councillor, councilor, candidate, nominee, assemblyman, assemblywoman,
# A team's: "the Arsenal manager", "the England captain", "the Lakers coach".
manager, coach, captain

@SpeakerResolver.businessKinds
# The kinds of business a description puts before a company's name ("carmaker Stellantis", "the streaming
# service Flixwave", "budget airline FlyNow"), and of club ("Premiership side Harlow Town"): "the company",
# "the firm", "the club" or the kind's word later is that company or club.
company, firm, carmaker, automaker, retailer, supermarket, grocer, chain, startup, start-up, airline,
carrier, lender, insurer, manufacturer, maker, giant, conglomerate, brewer, miner, utility, publisher,
streamer, platform, operator, developer, builder, housebuilder, chipmaker, drugmaker, service, club, side

@SpeakerResolver.kin
# Relatives and partners, named in apposition ("His wife, Susan,", "his mother, Ana Reyes,", "His
# daughter Kate Ellis"): "his wife said" later is that person.
wife, husband, son, daughter, mother, father, brother, sister, partner, girlfriend, boyfriend, fiance,
fiancee, fiancé, fiancée, widow, widower, grandmother, grandfather, grandson, granddaughter, niece,
nephew, aunt, uncle, cousin, stepmother, stepfather, stepson, stepdaughter, mum, mom, dad,
# and those close by otherwise ("Her neighbour, Raj Patel,", "his friend Tom Reyes").
neighbour, neighbor, friend, colleague, flatmate, roommate

@SpeakerResolver.partyMembers
# A party's member as a noun: "the Conservative said", "the Democrat told reporters" is the last person
# named, as "the Swede" is.
democrat, republican, conservative, tory, liberal, socialist, communist, libertarian, progressive,
nationalist

@SpeakerResolver.weekdays
# Days: a name that ends in one is an occasion's ("Super Tuesday", "Black Friday"), nobody's.
monday, tuesday, wednesday, thursday, friday, saturday, sunday

@EntityRecognizer.numberWords
# Numbers' words that open a sentence before a name and count what it names: "Two Royal Navy ships", "Three
# American Samoans".
two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, fifteen, twenty, thirty, forty, fifty,
hundred, hundreds, thousand, thousands, dozens, millions

@SpeakerResolver.articlePrefixes
# Arabic articles written joined to the name by a hyphen: "Bashar al-Assad", "Abdel Fattah el-Sisi",
# "Zia ul-Haq" — the word is a name's ("al-Assad" alone is the man), and its key is the name after the
# article ("Assad said").
al, el, ash, as, ad, an, ar, at, az, ul

@SpeakerResolver.particles
de, van, von, der, den, bin, al, da, di, le, la, du, dos, del, ibn, ten, ter, des, della, delle, degli, dei, das, zu

@SpeakerResolver.placeOfOrigin
# Words for where one described is from: "the Mayor of London", "a woman from Texas" (the place is no
# speaker).
of, from, in

@SpeakerResolver.generationSuffixes
# A generation's suffix after a surname, in lower case: "Jr.", "III".
jr, jr., sr, sr., ii, iii, iv

@GenderCues.femaleNames
Abigail, Agnieszka, Aisha, Alice, Alicia, Alison, Amanda, Amber, Amelia, Amina, Amy, Ana, Anastasia,
Angela, Angelina, Anja, Ann, Anna, Annalena, Anne, Annie, Aoife, Ashley, Astrid, Audrey, Ayşe, Barbara,
Beata, Beatriz, Beatrice, Becky, Beth, Betty, Beverly, Brenda, Bridget, Brigitte, Brittany, Camila,
Carmen, Carol, Carolina, Caroline, Carolyn, Carrie, Catherine, Celine, Céline, Chantal, Charlotte,
Cheryl, Chiara, Chimamanda, Chloe, Christina, Christine, Claire, Claudia, Cynthia, Daisy, Daniela,
Danielle, Deborah, Debra, Denise, Diana, Diane, Dilma, Dolores, Donna, Doris, Dorothy, Eleanor, Elena,
Eleni, Elizabeth, Ellen, Ellie, Emily, Emine, Emma, Erin, Eva, Evelyn, Fatima, Fatma, Fernanda, Fiona,
Frances, Francesca, Gabriela, Gabrielle, Giorgia, Giulia, Gloria, Grace, Greta, Hannah, Heather, Heidi,
Helen, Helena, Hillary, Indira, Ingrid, Irene, Irina, Isabel, Isabella, Isabelle, Jacinda, Jacqueline,
Jane, Janet, Janice, Jelena, Jennifer, Jessica, Joan, Joanna, Joanne, Josephine, Joyce, Judith, Judy,
Julia, Julie, Kamala, Karen, Katarzyna, Kate, Katherine, Kathleen, Kathryn, Katie, Kayla, Keiko,
Kirsten, Kyrsten, Laura, Lauren, Layla, Leila, Linda, Lisa, Louise, Lucia, Lucía, Lucy, Lydia,
Magdalena, Małgorzata, Margaret, Maria, Mariam, Marie, Marilyn, Marina, Marine, Marta, Martha, Mary,
Megan, Melania, Melissa, Mette, Mia, Michelle, Monica, Monika, Nadia, Nancy, Naomi, Natalia, Natalie,
Natasha, Nathalie, Ngozi, Niamh, Nicole, Nina, Nirmala, Olga, Olivia, Pamela, Patricia, Paula, Petra,
Pilar, Priya, Priyanka, Rachel, Rebecca, Rosa, Rose, Ruth, Sabine, Sally, Samantha, Sandra, Sanna,
Sara, Sarah, Ségolène, Sharon, Shirley, Siobhan, Sofia, Sonia, Sophia, Sophie, Stacey, Stephanie,
Susan, Svetlana, Sylvia, Tatiana, Teresa, Theresa, Tina, Tulsi, Ursula, Valentina, Valeria, Valérie,
Vanessa, Victoria, Virginia, Wendy, Yasmin, Yulia, Yuko, Yuriko, Zainab, Zara, Zeynep, Zoe

@GenderCues.maleNames
Aaron, Abdul, Abraham, Adam, Adrian, Ahmed, Ahmet, Alan, Albert, Alberto, Alejandro, Alexander, Alexei,
Alexey, Ali, Andrei, Andrew, Andrzej, Andrés, Anthony, Antonio, Arthur, Barack, Ben, Benjamin, Bernard,
Bernie, Bill, Billy, Bob, Boris, Brad, Brandon, Brian, Bruce, Carl, Carlos, Charles, Charlie, Chris,
Christopher, Chuck, Colin, Craig, Dan, Daniel, David, Dennis, Dmitri, Dmitry, Donald, Douglas, Dylan,
Ed, Edward, Elon, Emmanuel, Eric, Erik, Ethan, Fernando, Francesco, Francisco, François, Frank, Fred,
Friedrich, Gary, George, Gerald, Giorgio, Giuseppe, Gordon, Greg, Gregory, Hans, Harold, Harry, Hassan,
Henry, Hugo, Ian, Ibrahim, Igor, Imran, Ivan, Jack, Jacob, Jacques, Jair, James, Jarosław, Jason,
Javier, Jeff, Jeffrey, Jens, Jeremy, Jerry, Jim, Joachim, Joe, John, Jonathan, Jorge, Jose, José,
Joseph, Josh, Joshua, Juan, Justin, Karl, Keir, Keith, Kenneth, Kevin, Khalid, Kyle, Larry, Lars,
Lawrence, Leo, Liam, Louis, Luis, Luiz, Luke, Magnus, Marco, Mario, Mark, Martin, Matteo, Matthew,
Mehmet, Michael, Miguel, Mike, Mikhail, Mitch, Mohamed, Mohammad, Mohammed, Muhammad, Mustafa,
Narendra, Nathan, Nicholas, Nick, Nigel, Nikolai, Noah, Olaf, Omar, Oscar, Pablo, Patrick, Paul, Pedro,
Peter, Philip, Pierre, Piotr, Rafael, Ralph, Rand, Raymond, Recep, Richard, Ricardo, Rishi, Robert,
Roberto, Rodrigo, Roger, Ronald, Roy, Russell, Ryan, Sadiq, Samuel, Scott, Sean, Sebastian, Sergei,
Sergey, Shinzo, Silvio, Simon, Stefan, Stephen, Steve, Steven, Ted, Thomas, Tim, Timothy, Tom, Tomasz,
Tony, Tyler, Victor, Viktor, Vincent, Vladimir, Volodymyr, Walter, Wayne, William, Wolfgang, Xavier,
Yusuf, Yuri, Zachary

@GenderCues.femaleWords
# Titles and words for relations, in lower case.
mrs, mrs., ms, ms., miss, madam, dame, lady, queen, princess, duchess, empress, baroness, mother, wife,
daughter, sister, aunt, grandmother, niece, girlfriend, widow, spokeswoman, chairwoman, congresswoman,
assemblywoman, businesswoman, policewoman, actress, woman, girl, mum, mom

@GenderCues.maleWords
mr, mr., sir, lord, king, prince, duke, emperor, baron, father, husband, son, brother, uncle,
grandfather, nephew, boyfriend, widower, spokesman, chairman, congressman, assemblyman, businessman,
policeman, man, boy, dad

@EntityRecognizer.nameAbbreviations
# Abbreviations written with a dot inside a name: "St. Louis", "Mt. Everest", "Ft. Lauderdale".
st, mt, ft, ste

@EntityRecognizer.placeNameParticles
# Small words of Romance languages inside a place's name, after a place's own name: "Davao del Sur",
# "Santiago de Compostela", "Reggio di Calabria", "Rio Grande do Sul" (the name goes on; the place alone
# is no mention of its own).
de, del, della, di, da, do, dos, du

@EntityRecognizer.placeKindsFirst
# A place's kind as the first word of its name: "Mt. Everest", "Fort Worth", "Lake Tahoe", "Cape Cod"
# (an institution's word after it still makes an institution: "Mount Sinai Hospital").
mt, mount, ft, fort, lake, cape, isle,
# (and in the languages whose places' names English news writes as they are: "Isla Mujeres", "Playa del
# Carmen", "Puerto Vallarta", "Lago di Como", "Île de Ré", "Monte Carlo", "Bahía Blanca"; not those that
# are also given names or titles: Rio, Sierra, Costa, Col)
isla, islas, île, ile, îles, playa, puerto, porto, lago, lac, monte, mont, cerro, bahía, bahia,
cabo, ciudad, pico, punta, laguna, valle

@EntityRecognizer.famousSurnames
# Surnames of people so often named by them alone (heads of state and government, thinkers, writers,
# scientists, artists) that the word alone is a person's: "an agreement between Gorbachev and the U.S.
# government", "Obama said". Only surnames that are no place's, company's or thing's name (no Lincoln,
# Ford, Washington, Jordan, Darwin, Newton), in the spelling news uses; a type, not a link to one person.
obama, putin, gorbachev, yeltsin, medvedev, khrushchev, brezhnev, stalin, lenin, trotsky, zelensky,
zelenskyy, netanyahu, erdogan, erdoğan, merkel, scholz, macron, sarkozy, hollande, chirac, mitterrand,
thatcher, blair, corbyn, starmer, sunak, farage, zuckerberg, musk, bezos, modi, nehru, bolsonaro,
maduro, chávez, chavez, trudeau, ardern, duterte, jokowi, mandela, ramaphosa, mugabe, orban, orbán,
meloni, berlusconi, draghi, tsipras, lukashenko, navalny, khamenei, rouhani, ahmadinejad, gaddafi,
mubarak, saddam, kissinger, reagan, nixon, eisenhower, roosevelt, truman, churchill,
napoleon, hitler, mussolini, gandhi, einstein, freud, marx, engels, nietzsche, kant,
hegel, shakespeare, dickens, tolstoy, dostoyevsky, dostoevsky, chekhov, kafka, orwell, hemingway,
picasso, beethoven, mozart, bach, chomsky, keynes, voltaire, rousseau, galileo, copernicus, aristotle,
plato, socrates, confucius, pelosi, schumer, mcconnell, sanders, desantis, pence, guterres,
stoltenberg, lavrov, blinken, pompeo, tillerson

@EntityRecognizer.connectors
# Words joining a name's parts: "Organization for Security and Co-operation in Europe".
of, for, and, in, on, the, de, del, da, von, van, &, al, bin

@EntityRecognizer.placeWords
city, county, province, island, islands, river, lake, mountain, mountains, street, avenue, road,
square, bridge, airport, station, park, valley, bay, coast, beach, region, district, peninsula, plaza,
hall, stadium, arena, village, town, harbour, harbor, port, strait, sea, ocean, desert, forest, canyon,
falls, mount, cathedral, creek, heights,
# Buildings and ways by their kind, as a name's last word: "Shah Mosque", "Royal Palace", "Socotra Hotel",
# "Washington St", "Central Ave", "Ross Ice Shelf".
mosque, temple, synagogue, palace, castle, tower, hotel, museum, boulevard, blvd, ave, st, rd, lane,
highway, motorway, canal, glacier, reef, lagoon, gardens, zoo, monument, cemetery, campus, shelf, drive,
parkway, terrace, crescent, freeway, expressway, turnpike,
# Landmarks by their kind: "Brandenburg Gate", "Marble Arch", "Trevi Fountain".
gate, arch, fountain
# Places of custody by their kind: "Richard J. Donovan Correctional Facility", "Holloway Prison".
facility, prison, jail, penitentiary

@EntityRecognizer.sportRoles
# Players' and coaches' titles after a team's name and before a name: "Newcastle manager Eddie Howe",
# "Chelsea head coach Enzo Maresca" ("head" or "assistant" counts before "coach"), "England captain Harry Kane".
manager, coach, striker, forward, midfielder, defender, goalkeeper, keeper, winger, captain, skipper, full-back,
centre-back, center-back, playmaker, quarterback, pitcher, shortstop, fly-half, scrum-half, batsman, bowler

@EntityRecognizer.portfolioTitles
# A government's titles before "for" or "of" and a portfolio, which names a field, no one: "Minister for
# Home Affairs", "Commissioner for Human Rights", "Secretary of Transportation".
minister, ministers, secretary, commissioner, undersecretary, under-secretary

@EntityRecognizer.resultNouns
# Nouns of a match's result after a score and before a preposition and a team's name: "a 2-1 win over
# Tottenham", "their 3–0 defeat to Aberdeen".
win, victory, defeat, loss, draw, triumph, thrashing, rout

@EntityRecognizer.resultVerbs
# Verbs of a match's result between a team's name and a score: "Aberdeen beat St Mirren 3-0".
beat, beats, defeated, defeat, defeats, thrashed, edged, drew, draw, lost, lose, loses, overcame, routed, stunned, hammered

@EntityRecognizer.companyRoles
# Titles of those who run a company, after its name: "Qantas chief executive", "Amazon founder",
# "Tesla CEO" ("chief" counts before "executive", "operating", "financial").
founder, co-founder, cofounder, ceo, chairman, chairwoman, owner, boss, executive, executives

@EntityRecognizer.namingTitles
# Titles of sovereigns, saints and clerics that stay in the name of a place or a body named after one
# (its last word a place's or an institution's kind): "Queen Elizabeth Hospital", "King Fahd University",
# "Sheikh Zayed Grand Mosque", "Prince Albert Road", "Crown Prince Court".
king, queen, prince, princess, crown, sheikh, sheik, sheikha, emir, sultan, shah, tsar, czar, emperor, empress,
pope, saint, st, imam, ayatollah, archbishop, cardinal, duke, duchess, lord, lady, sir, dame

@EntityRecognizer.placesPeopleBeforeOf
# Those who govern or live in a place, in small letters before "of" and its name, which make the name a
# place's: "the mayor of Cremona", "residents of Viadana", "the governor of Kherson".
mayor, mayors, governor, governors, premier, residents, inhabitants, natives, townspeople, villagers

@EntityRecognizer.nameOpeners
# Words of EntityRecognizer.sentenceWords that open many names: within a sentence, capitalised before another
# capitalised word that is no title, they are the name's ("at New Street Research", "the New Culture Movement",
# "the Great Rift Valley"); at a sentence's start they stay apart ("New research shows …").
new, great

@EntityRecognizer.chiefTitles
executive, operating, financial, technology

@EntityRecognizer.adjectivalRoles
# Titles that are adjectives ("former Warsaw Pact allies"): before a name they say nothing of a person.
former, acting, senior, deputy, vice, first, then, ex, national, state, general, special, private,
supreme, incumbent, security, emergency, home, foreign, interior, health, finance, economy, justice,
press, crown, field

@EntityRecognizer.placePrepositions
in, at, from, near, to, across, into, outside, throughout

@EntityRecognizer.otherWords
covid-19, coronavirus, sars-cov-2, ebola, brexit, olympics, christmas, easter, ramadan, halloween,
thanksgiving, hanukkah, diwali, passover, kwanzaa, internet,
bitcoin, hurricane, storm, cyclone, typhoon, war, award, awards, prize, cup, championship,
championships, games, festival, act, bill, law, treaty, pact, agreement, accord, summit, conference,
election, elections, protests, pandemic, virus, disease,
# Races by their kind's last word: "the London Marathon", "the Monaco Grand Prix" (not "Open", "Tournament" or
# "Masters", words that open sentences alone: "Open any site", "Tournament director Paolo Lorenzi said").
marathon, prix,
# Laws and rules by their kind's last word, as "Act" and "Bill" above: "the Volcker Rule", "the Second
# Amendment", "the Habitats Directive" are no people.
rule, amendment, directive, regulation,
# Software and systems named by their kind's last word: "Rocky Linux", "Kali Linux" are no people.
linux
# Instruments and craft named by their kind's last word: "the James Webb Space Telescope", "the Perseverance
# rover" are no people.
telescope, spacecraft, satellite, rover

@EntityRecognizer.commonKinds
# Kinds' words of `otherWords` that are common nouns (not names: Brexit, Christmas, Ebola): alone at a
# sentence's start ("War broke out", "Storm clouds gathered", "Satellite images show damage") no name.
hurricane, storm, cyclone, typhoon, war, award, awards, prize, cup, championship, championships, games,
festival, act, bill, law, treaty, pact, agreement, accord, summit, conference, election, elections,
protests, pandemic, virus, disease, rule, amendment, directive, regulation, telescope, spacecraft,
satellite, rover

@EntityRecognizer.legalForms
# Companies' legal forms written after a comma: "Coinbase Global, Inc.", "Bright Harbor, LLC".
inc, llc, ltd, plc, corp, gmbh, llp, pty, pte

@EntityRecognizer.thingKinds
# Kinds of named things whose last word alone, after "the", is the thing the article last named with it:
# "the Directive" after "the Electronic Commerce Directive", "the Act" after "the Clean Air Act".
act, bill, law, treaty, pact, agreement, accord, directive, rule, amendment, regulation, war, cup,
championship, summit, conference, festival, award, prize

@EntityRecognizer.monthAbbreviations
# Months abbreviated, no names beside a number ("Nov. 8", "8 Nov 2021"; "Jan Smith" is a person).
jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec

@EntityRecognizer.weekdayAbbreviations
# Weekdays abbreviated, before a month's abbreviation and a number a date, no name ("Fri Jul 19, 2013").
mon, tue, tues, wed, thu, thur, thurs, fri, sat, sun

@EntityRecognizer.institutionAdjectives
# Titles' adjectives that also open institutions' names: before capitalised words ending in an institution's
# word they are the name's ("National Hurricane Center", "State Fire Brigade"; not "Former …", "Acting …").
national, state, general, special, supreme, security, emergency, home, foreign, interior, health, finance,
economy, justice, press, crown, private, federal, central, royal

@EntityRecognizer.titlesAlone
# Of those, the ones that are a title alone before a surname ("General Milley", "Justice Kagan", "Private Ryan").
general, justice, private

@EntityRecognizer.timeZones
# Time zones written in capitals after a time are no names ("04:43 PM CST", "10 a.m. ET").
et, est, edt, ct, cst, cdt, mt, mst, mdt, pt, pst, pdt, akst, akdt, hst, gmt, utc, bst, cet, cest, eet, eest,
wet, west, ist, jst, kst, aest, aedt, acst, awst, nzst, nzdt

@EntityRecognizer.unitsOfMeasure
# Units written in capitals after a number are no names ("2.3 GB/s", "400 MW", "60 MPH").
kb, mb, gb, tb, pb, kbps, mbps, gbps, mhz, ghz, thz, kw, mw, gw, kwh, mwh, gwh, mph, kph, psi, rpm, fps, bpm,
ppm, ppb, btu, hp, cc, ml, mg, kg, km, db, iu

@EntityRecognizer.venueKinds
# A centre of a venue's kind is a place, not an institution ("Montego Bay Convention Centre", "Westfield
# Shopping Centre", "World Trade Center"; a "Medical Centre", a "Research Centre" stay institutions).
convention, conference, exhibition, exhibitions, shopping, events, event, sports, leisure, aquatic,
aquatics, civic, community, performing, arts, entertainment, trade, visitor, visitors, heritage

@EntityRecognizer.venueCentres
centre, center, centres, centers, complex

@EntityRecognizer.personsVerbs
# Verbs only a person is the subject of, right after a name (or after "was", "has", "had"): "Pachomius
# died", "Chao married", "Galois was born". Not those an institution does too ("said", "refused", "wrote").
died, dies, born, married, marries, remarried, divorced, wed, weds, widowed, forgave, forgives, wept, weeps,
prayed, prays, smiled, smiles, laughed, laughs, grinned, shrugged, nodded, sighed, sang, starred, graduated,
studied, enrolled, retired, resigned, testified, pleaded, confessed, baptised, baptized, mourned,
apprenticed, emigrated, immigrated

@EntityRecognizer.personsLife
# A person's life after a name's possessive (besides SpeakerResolver.kin): "Galois' death", "Chao's
# funeral", "Jerome's childhood".
death, birth, funeral, childhood, boyhood, girlhood, youth, burial, grave, deathbed, marriage, wedding,
biography, autobiography, memoirs, diary, parents, siblings, children, sons, daughters, wives

@EntityRecognizer.teamWords
# Last words of teams' names that are no plurals in "s", after a place: "Boston Red Sox", "Chicago White Sox",
# "Miami Heat", "Utah Jazz", "Orlando Magic", "Tampa Bay Lightning", "LA Galaxy", "Houston Dynamo".
sox, heat, jazz, magic, thunder, lightning, galaxy, dynamo, lynx, fever

@EntityRecognizer.clubWords
# Last words of sports clubs' names that name nothing else after a name, with or without a place the
# gazetteer knows: "Greenhill Rovers", "Bolton Wanderers", "Wigan Athletic", "Brighton & Hove Albion",
# "Glasgow Rangers", "Tottenham Hotspur", "Plymouth Argyle", "Partick Thistle", "Kidderminster Harriers".
# (Not City, Town, County, United: "Mexico City", "Cape Town", "Orange County", "Arab United …".)
rovers, wanderers, athletic, albion, rangers, hotspur, argyle, thistle, harriers, academical

@EntityRecognizer.placeNouns
# Kinds of places a name "is" (besides EntityRecognizer.placeWords and placeKindsBeforeOf): "Temescal is
# a neighborhood that", "Socotra is a perfect destination for".
neighbourhood, neighborhood, suburb, borough, country, nation, capital, hamlet, settlement, town,
township, metropolis, municipality, destination, resort, archipelago, atoll, continent, territory,
enclave, exclave, colony, dependency, commune, parish, oblast, prefecture, canton, emirate, kingdom,
republic, principality, state, province, island, isle, islet, landmark, wetland, swamp, marsh, reserve

@EntityRecognizer.placeKindsAfterName
# Kinds of land and water that end a place's name whose other words name the place alone too: "Socotra
# Island" … "Socotra", "the Hagghier Mountains" … "Hagghier", "Hudson River" … "the Hudson" (no building's
# or street's kind: "Trump Tower", "Washington Street").
island, islands, isle, isles, archipelago, atoll, peninsula, mountain, mountains, range, hills, highlands,
valley, plateau, desert, forest, river, lake, bay, sea, gulf, strait, coast, creek, lagoon, reef, glacier,
county, province, region, district, prefecture, oblast, state, city

@EntityRecognizer.notGoingBeforeTo
# Words before "to" that make "to" and a name someone or something, no place — a message, a relation, a
# debt: "a letter to Chevalier", "successor to Pachomius", "devoted to God", "according to Reuters".
# (After any other word, "to" and a name is where someone goes or something is sent: "moved to Tulsa".)
according, thanks, due, owing, letter, letters, message, messages, email, emails, note, notes, memo, reply,
replied, respond, responded, response, answer, answered, wrote, write, writes, written, talk, talks,
talked, talking, spoke, speak, speaks, speaking, said, say, says, listen, listened, listening, reported,
complained, appealed, apologised, apologized, apology, thank, grateful, gratitude, successor, successors,
predecessor, heir, heirs, assistant, assistants, adviser, advisers, advisor, advisors, aide, aides,
secretary, deputy, apprentice, apprenticed, rival, devoted, devotion, dedicated, dedication, attributed,
credited, compared, similar, married, engaged, related, addressed, loyal, loyalty, allegiance, tribute,
homage, prayed, pray, prayers, sold, sell, sells, selling, given, gave, give, gives, giving, belonged,
belongs, belonging, introduced, owed, owes, debt, respect, opposed, opposition, answerable, accountable

@EntityRecognizer.goingBeforeTo
# Goings and sendings before "to" and a place's name, up to five words before it: "moved to Tulsa", "the
# ferry to Neiafu", "travelled with Bonosus to Gaul", "15 miles to Skiatook". Without one, "to" and a name is
# no evidence of a place (EntityRecognizer.goesTo).
go, goes, going, went, gone, get, gets, getting, got, come, comes, coming, came, travel, travels, travelled,
traveled, travelling, traveling, traveller, travellers, traveler, travelers, move, moves, moved, moving,
return, returns, returned, returning, fly, flies, flew, flown, flying, drive, drives, drove, driven,
driving, sail, sails, sailed, sailing, head, heads, headed, heading, emigrate, emigrated, emigrating,
immigrated, immigrants, migrated, migrants, relocate, relocated, relocating, flee, fled, fleeing, escape,
escaped, deport, deported, deportation, extradite, extradited, extradition, transfer, transferred,
exported, imported, shipped, send, sends, sent, bring, brings, brought, take, takes, taken, took, bound,
trip, trips, journey, journeys, visit, visits, visitor, visitors, tourists, pilgrimage, flight, flights,
route, routes, ferry, ferries, boat, boats, cruise, cruises, train, trains, bus, buses, shuttle, road,
roads, way, back, ticket, tickets, voyage, expedition, mission, migration, access, gateway, entrance,
entry, welcome, native, close, closer, closest, next, near, nearer, adjacent, connect, connects,
connected, connecting, link, links, linked, linking, north, south, east, west, northeast, northwest,
southeast, southwest, inland, home, homes, invasion, invaded, retreat, retreated, evacuated, evacuation,
delegation, ambassador, ambassadors, envoy, embassy, exports, imports, aid, arrival, commute, commuting,
walk, walked, walking, ride, rode, up, down, over, out, across, along, en, transport, transported,
deliver, delivered, delivering, miles, mile, kilometres, kilometers, km, minutes, hours
@EntityRecognizer.placeKindsAfter
# Kinds of places in small letters after a name: "Russia's Bryansk region", "Donetsk oblast", "Kent
# county".
region, province, district, county, oblast, prefecture, governorate, municipality,
# Land's and water's kinds: "the Brahmaputra river", "the Tarim basin", "the Mekong delta".
river, lake, valley, volcano, glacier, peninsula, desert, delta, basin, strait, estuary, canal

@EntityRecognizer.outletNouns
# Kinds of outlets in small letters after a name: it is the outlet's, an organisation ("Women's Health
# magazine", "the Guardian newspaper", "the Drudge Report website").
magazine, newspaper, tabloid, broadsheet, daily, weekly, broadcaster, website, podcast, newsletter

@EntityRecognizer.bodyKinds
# Kinds of bodies in small letters after a name: it is the body's, an organisation ("the far-right Vox
# party", "the Unite union", "the Wagner group", "Cadena SER radio").
party, union, group, movement, militia, alliance, coalition, faction, radio, network, channel

@EntityRecognizer.ownedParts
# What one owns of a company, before "in" or "of" and its name: "shares in Volvo Cars", "a stake in Chelsea".
shares, stake, stakes, stock, stocks, shareholding, shareholdings

@EntityRecognizer.workKinds
# Kinds of works before their titles, after "the", "a" or a possessive: "the novel Beloved", "her new film,
# Barbie,", "the documentary Navalny".
novel, book, memoir, film, movie, documentary, album, song, single, series, sitcom, musical, opera, play,
poem, painting, podcast, episode, novella, biography, autobiography, anthology, collection, exhibition

@EntityRecognizer.placeRoles
# Titles of those who run a place, after its name: "former Springfield mayor Daniel Okafor", "Texas
# governor Greg Abbott", "Ontario premier".
mayor, governor, premier, sheriff

@EntityRecognizer.placeKindsBeforeOf
# Kinds of places before "of" and a name, besides EntityRecognizer.placeWords: "the villages of
# Mof-Ávvi", "the municipality of Culion", "the state of Ohio" (not a name's last word: "State Department").
villages, towns, cities, islands, provinces, regions, districts, municipalities, counties, streets,
municipality, state, kingdom, republic, prefecture, governorate, commune, parish, neighbourhood,
neighborhood, suburb

@EntityRecognizer.institutionKinds
# Kinds of companies and bodies in apposition after a name, besides Lexicon.institutionNouns: "Southern
# California Edison, the region's main utility,", "Acme, a Texas manufacturer,".
utility, operator, manufacturer, maker, retailer, carrier, insurer, lender, chain, conglomerate, startup,
start-up, giant, provider, nonprofit, non-profit, broadcaster, automaker, carmaker, chipmaker, drugmaker,
supermarket, supplier, exchange, fund, trust, brand, label, studio, outlet, publication

@EntityRecognizer.institutionParticiples
# Participles that say who made, runs or owns a body, after its kind in apposition: "Orbital Forge, the space
# company founded by …", "Acme, a firm based in Ohio".
founded, based, owned, led, backed, headquartered, controlled, operated, funded, chaired, formed

@EntityRecognizer.employeeNouns
# Those who work or study for an organisation, before "at" and its name: "an analyst at Bernstein",
# "a professor at Yale", "economists at Goldman Sachs" (the employer, no place).
analyst, analysts, economist, economists, strategist, strategists, professor, professors, lecturer,
lecturers, researcher, researchers, scientist, scientists, fellow, fellows, student, students, engineer,
engineers, executive, executives, employee, employees, staffer, staffers, trader, traders, banker,
bankers, consultant, consultants, partner, partners, intern, interns, editor, editors, reporter,
reporters, developer, developers, programmer, programmers,
# (and the verbs of working for one: "she works at New Horizon Research", "he worked at Intel")
work, works, worked, working, employed

@EntityRecognizer.postNominals
# Honours and degrees written after a person's name, as they are written (not lower case): "Zaha Hadid
# DBE RA", "Jane Smith PhD". Not "MP", "MEP" or "QC", which are roles.
OBE, MBE, CBE, KBE, DBE, GBE, RA, FRS, FRSE, FBA, FREng, KCMG, CMG, CH, OM, VC, DSO, MVO, LVO, CVO, PhD, DPhil

@EntityRecognizer.nameFormingWords
# Words that make a given name part of a longer name: "Saint Francis Hospital", "San Jose", "Fort
# William", "Lake Louise".
saint, st, san, santa, santo, fort, mount, lake, port, cape, prince, princess, king, queen

@EntityRecognizer.institutionWords
# Splits a run at connectors unless the part before names an institution ("Ministry of Defence",
# "Organization for Security and Co-operation in Europe").
organization, organisation, university, bank, ministry

@EntityRecognizer.placeWordsThatAreNames
# Place's kinds that are surnames too: alone they may be a person ("Park said", "Bay directed it").
park, bay, lake, field, hall, forest, castle, tower, temple, lane, street, port, bridge, drive

@EntityRecognizer.peoplesPlural
# Peoples and faiths in the plural that no country's demonym gives: a group, typed other (as "Americans").
# (Not those that are teams' names too: Vikings.)
arabs, jews, muslims, christians, hindus, sikhs, buddhists, catholics, protestants, mormons, kurds,
tatars, romans, latinos, latinas, hispanics, berbers, pashtuns, uyghurs, uighurs, tamils, maori, inuit,
aboriginals, huguenots, hebrews, persians, slavs, celts, gauls, saxons, normans, bedouins,
sunnis, shias, shiites, alawites, druze, yazidis, copts, jains, zoroastrians, evangelicals, baptists,
methodists, anglicans, lutherans, quakers, midwesterners, southerners, northerners, westerners,
easterners, europeans, africans, asians, caucasians

@EntityRecognizer.compassWords
# Directions that, after a place, begin the name of another place, not a team's ("Caribbean West Indies").
west, east, north, south, central, upper, lower, northern, southern, eastern, western

@EntityRecognizer.thingAcronyms
# Acronyms of things, not of institutions: alone they are typed other ("DNA", "GDP", "TV"). General
# English, not one article's; an article that spells an acronym out in small letters says so itself.
dna, rna, tv, led, lcd, gdp, gnp, hiv, aids, atm, cd, dvd, pc, iq, mvp, uv, gps, gis, ai, pr, hr, pdf,
url, usb, suv, ufo, bce, ce, ad, bc, phd, mba, mri, icu, ivf, ptsd, adhd, ocd, lgbt, lgbtq, diy, faq,
vip, api, cpu, gpu, ram, sms, vpn, nft, ev, ipo, etf, vat, gmt, utc, dj, mp3, 3d, 4g, 5g, sars, mers,
covid, html, http, xml, json, sql, os, rv, atv, bmi, cbd, thc, lsd, mdma, ppe, pcr, ecg, ekg, cpr, wwi, wwii

@EntityRecognizer.pluralSurnames
# Common surnames that end like a plural and are no given name's patronymic ("Roberts", "Evans" and
# "Hughes" are read as Robert's, Evan's, Hugh's): after a place that is also a given name they make a
# person, not a team ("Charlotte Jones", "Sydney Davies").
jones, davies, hayes, holmes, wells, mills, burns, myers, banks, brooks, fields, gates, hawkins, jenkins,
perkins, hopkins, watkins, dawkins, simmons, sanders, reynolds, collins, rhodes, bates, stokes, gibbs,
knowles, giles, nichols, combs, woods, rivers, sims, hobbs, coates, oakes, noakes, parsons, higgins, wiggins

@EntityRecognizer.irregularPlurals
# Plurals of people without an "s": a sentence's first word that is one is no name, whatever verb follows
# ("People laughed at her", "Children died in the fire").
people, men, women, children, folk, police, staff, crew, clergy, youth, elderly

@EntityRecognizer.membersPlurals
# Plurals of a party's or a movement's members: after a place they are people, not a team ("Texas
# Democrats", "Scottish Nationalists").
democrats, republicans, conservatives, liberals, socialists, communists, nationalists, greens, tories,
unionists, loyalists, separatists, rebels, islamists, royalists, federalists, libertarians, progressives,
moderates, independents, catholics, protestants, christians, muslims, jews, hindus, sikhs, residents,
citizens, voters, officials, leaders, students, workers, farmers, veterans, natives, locals

@EntityRecognizer.capitalsFurniture
# Words of a page's furniture written in capitals before a story or a link: "WATCH:", "BREAKING NEWS",
# "READ MORE". No names.
watch, breaking, news, update, updated, updates, exclusive, live, video, videos, photos, photo, read,
more, opinion, analysis, related, advertisement, sponsored, subscribe, share, comments, listen, also,
latest, developing, alert, editor, note, top, stories, story, gallery, trending, home, menu, search

@EntityRecognizer.sentenceWords
# Capitalised at the start of a sentence, but not names.
neither, either, both, each, every, all, some, many, most, several, such, another, other, no, yes,
also, however, meanwhile, although, though, despite, after, before, during, since, while, when, where,
why, how, what, who, this, that, these, those, there, here, it, its, our, my, your, his, her, their,
if, as, once, later, according, following, thus, still, instead, nearly, about, only, even, just, now,
today, yesterday, tomorrow, last, next, first, second, third, new, more, less, further, furthermore,
moreover, overall, currently, recently, previously, additionally, well, yeah, yes, oh, okay, ok, thank,
thanks, hello, hi, sure, right, um, uh, absolutely, definitely, really, actually, maybe, perhaps,
please, you, we, they, he, she, i, me, us, them, so, and, but, or, because, then, like, great, good,
utc, gmt, bst, est, edt, pst, pdt, cet, cest, am, pm, a.m., p.m., soon, earlier, everyone, nobody,
someone, anyone, unlike, regarding, concerning, including, excluding, considering, let, amid, among,
upon, without, within, whereas
+ Lexicon.sentenceAdverbs

@BlockClassifier.furniturePrefixes
# Phrases that begin lines of web page furniture (matched case-insensitively at the start of a line).
related articles, related stories, related posts, related content, related:, read more, read also,
see also, also read, leave a reply, leave a comment, post a comment,
your email address will not be published, required fields are marked, back to top, share this,
share on, share:, follow us, sign up, subscribe, advertisement, sponsored, click here,
all rights reserved, copyright, ©, cookie, accept cookies, image:, photo:, picture:, credit:,
file photo, image credit, photograph:, skip to, you may also like, recommended, most read,
most popular, trending, comments, newsletter, download our app, tags:, filed under, print this,
email this

@BlockClassifier.mediaSuffixes
.jpg, .jpeg, .png, .gif, .svg, .webp

@Attributor.adverbsNotBe
# The adverbs that are no form of "be".
+ Lexicon.adverbs
- Lexicon.beForms

@Lexicon.speaksFor
# Who speaks for the one whose they are: a spokesperson, an office, a campaign ("Her office said",
# "Santos's campaign said", "the senator's spokesman said").
+ Lexicon.spokespeople
office, campaign

@LanguageGuess.english
# The commonest small words of English, and of the languages most often met beside it: an article
# whose own words are much more often the first than any other's is in English (LanguageGuess).
the, of, to, and, is, was, were, are, for, on, that, with, as, by, at, from, it, he, she, they, we, his,
her, their, this, be, been, has, have, had, not, but, or, which, who, said, a, an, in

@LanguageGuess.german
der, die, das, und, ist, nicht, mit, von, zu, den, dem, ein, eine, auf, für, sich, des, im, auch, sie,
es, wir, ich

@LanguageGuess.french
le, la, les, des, et, est, une, du, pour, dans, que, qui, pas, sur, au, avec, ce, il, elle

@LanguageGuess.spanish
el, la, los, las, y, es, en, que, del, por, para, con, una, se, su, al, lo

@LanguageGuess.portuguese
o, os, e, do, da, em, que, para, com, um, uma, não, se, dos, das, no, na

@LanguageGuess.italian
il, di, e, che, per, un, una, non, con, del, della, le, gli, sono

@LanguageGuess.dutch
de, het, een, van, en, niet, op, te, dat, voor, met, zijn, ook, maar
"""#
}
