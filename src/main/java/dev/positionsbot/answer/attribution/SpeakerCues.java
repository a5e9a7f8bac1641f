package dev.positionsbot.answer.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attribution forms other than "X said" that outlets of other kinds use: wire copy ("the agency quoted X as saying",
 * "X was quoted by the agency as saying",
 * "was announced by X", "declined to comment"), broadcast transcripts ("MINISTER: We …"), and the Russian-language
 * press ("по словам X", "— заявил X"). {@link SpeakerFinder} asks these before its own rules.
 */
final class SpeakerCues {

    private SpeakerCues() {
    }

    /** "declined to comment", "did not respond to a request for comment": the outlet reporting that no one spoke. */
    private static final Pattern NO_COMMENT = Pattern.compile("(?i)\\b(?:declined|refused) to comment\\b"
            + "|\\b(?:did|does|has|have|had) not (?:immediately )?(?:respond|reply|comment|return)\\b"
            + "|\\bcould not be reached\\b|\\b(?:was|were) not (?:immediately )?available\\b|\\bfor comment\\b"
            // silence reported: "has said little about", "has rarely commented", "remained silent"
            + "|\\b(?:has|have|had)\\s+(?:not|never|rarely|seldom)\\s+(?:publicly\\s+)?(?:commented|spoken|responded)\\b"
            + "|\\b(?:said|says|say)\\s+(?:little|nothing)\\s+(?:about|on|publicly|in public)\\b"
            + "|\\b(?:rarely|seldom|never)\\s+(?:publicly\\s+)?(?:commented|comments|comment|spoke|speaks)\\b"
            + "|\\b(?:remained|remains|stayed|stays|kept|keeps)\\s+(?:silent|quiet)\\b");
    /** "the agency quoted the minister as saying …": the one quoted is the speaker, not the agency. */
    private static final Pattern QUOTED_AS = Pattern.compile("\\bquoted\\s+(.{2,140}?)\\s+as\\s+\\p{Ll}{3,}ing\\b");
    /**
     * "X was quoted by the agency as saying …", "X were cited by local media as saying …": the one quoted, the
     * sentence's subject, is the speaker.
     */
    private static final Pattern QUOTED_PASSIVE = Pattern.compile("^\\s*(.{2,140}?)\\s+(?:was|were|has been|have been"
            + "|had been|is|are)\\s+(?:quoted|cited)\\s+(?:by|in|on)\\b.{0,120}?\\bas\\s+\\p{Ll}{3,}ing\\b");
    /** A time between a passive verb and its agent: "was accused on Thursday by …". */
    private static final String PASSIVE_TIME = "(?:\\s+(?:on|late on|early on|last|this|earlier this|yesterday|in)"
            + "\\b[^,;.\u2014(]{0,20}?)?";
    /**
     * "the decision was announced by the ministry": a passive verb of announcing credits its agent, and so does a
     * passive verb that says what the agent said of someone ("was accused on Thursday by X of …", "were read by
     * analysts as a sign …", "was singled out by X"). Passive reactions ("the vote was condemned by the West") stay
     * the outlet's account, as with any passive. A time between the verb and "by" is the statement's.
     */
    static final Pattern PASSIVE_BY = Pattern.compile("\\b(?:was|were|has been|have been|had been|is|are)"
            + "\\s+(?:\\p{Ll}+ly\\s+)?(?:announced|stated|reported|confirmed|said|declared|disclosed|revealed"
            + "|made public|accused|critici[sz]ed|urged|praised|thanked|singled out|described|warned|called on"
            + "|rebuked|reproached"
            // verbs of reading something only when the agent reads it "as" something: "seen by economists as a
            // sign", not "seen by residents" or "taken by the cabinet"
            + "|(?:read|seen|interpreted|viewed|taken)(?=" + PASSIVE_TIME + "\\s+by\\s+[^,;.\u2014(]{2,140}?\\s+as\\b))"
            + PASSIVE_TIME + "\\s+by\\s+([^,;.\u2014(]{2,140})");
    /**
     * Where the agent of {@link #PASSIVE_BY} ends: at what he is said to have said of the subject ("… of “repeating
     * …”", "… as a sign", "… for failing", "… to act"), not at an "of" inside a title ("the Minister of Foreign
     * Affairs").
     */
    private static final Pattern AGENT_END = Pattern.compile("\\s+(?:as|that|who|which|after|over|while|when)\\b"
            + "|\\s+(?:of|for|to|against)\\s+(?=[\u201C\"\u00AB]|\\p{Ll}+ing\\b|(?:his|her|its|their|not|being)\\b)"
            + "|\\s+[\u201C\"\u00AB]");
    /** A broadcast transcript's speaker label: "ANCHOR:", "SARYBAEVA:", "DR. MALIK:"; a printed interview's "Q:", "A:". */
    private static final Pattern LABEL = Pattern.compile("^\\s*((?:\\p{Lu}[\\p{Lu}.'\u2019-]*\\s?){1,4}):\\s");
    /** Labels that are the programme's own voice. */
    private static final Set<String> HOST_LABELS = Set.of("ANCHOR", "PRESENTER", "HOST", "REPORTER", "CORRESPONDENT",
            "INTERVIEWER", "NARRATOR", "MODERATOR", "VOICEOVER", "VOICE-OVER");
    /** Russian: "по словам X", "по данным X", "как заявил X", "— заявил X", "сообщила X". */
    static final String RU_VERBS = "заявил|заявила|заявили|сказал|сказала|сказали|сообщил|сообщила|сообщили"
            + "|отметил|отметила|отметили|подчеркнул|подчеркнула|подчеркнули|добавил|добавила|добавили|заверил"
            + "|заверила|пояснил|пояснила|считает|полагает|уверен|уверена|написал|написала|признал|признала"
            + "|рассказал|рассказала|рассказали|рассказывает|рассказывают"
            // past statements recalled ("говорила она журналистам") and objections in a debate ("возразила депутат")
            + "|говорил|говорила|говорили|возразил|возразила|возразили"
            + "|перечислил|перечислила|перечислили|напомнил|напомнила|напомнили|предупредил|предупредила"
            + "|предупредили|указал|указала|указали|объяснил|объяснила|объяснили|уточнил|уточнила|уточнили"
            // an institution speaks in the neuter ("министерство заявило", "агентство сообщило"), groups in the plural
            + "|заявило|сообщило|сказало|отметило|подчеркнуло|добавило|пояснило|написало|считают|полагают|уверены"
            + "|пишут|пишет|сообщает|сообщают|заявляет|заявляют"
            // complaints and claims of people: "жители жалуются", "эксперты говорят"
            + "|жалуются|жалуется|говорят|говорит|утверждает|утверждают|отмечают|отмечает|признают|признаёт"
            + "|пожаловались|пожаловался|пожаловалась"
            // confirmations, denials and promises ("подтвердил это журналистам", "аким пообещал, что …")
            + "|подтвердил|подтвердила|подтвердили|подтвердило|опроверг|опровергла|опровергли|опровергло"
            + "|пообещал|пообещала|пообещали|пообещало|обещал|обещала|обещали"
            // forecasts are statements of their authors ("аналитики банка прогнозируют рост")
            + "|прогнозирует|прогнозируют|прогнозировал|прогнозировала|прогнозировали|прогнозировало"
            // announcements ("министерство объявило о проверке")
            + "|объявил|объявила|объявили|объявило";
    /**
     * What someone called something ("назвала решение «ошибкой»") and how someone explains something in the present
     * ("фермеры объясняют это засухой"): said by the subject before the verb only, the word after it being an object.
     */
    static final String RU_NAMING = "назвал|назвала|назвали|назвало|объясняет|объясняют";
    /** A Russian infinitive opening a phrase: "ускорить", "провести", "заняться". */
    private static final Pattern RU_INFINITIVE = Pattern.compile("(?iu)\\p{IsCyrillic}+(?:ть|ться|ти|чь)(?!\\p{L})");
    private static final Pattern RU_ACCORDING = Pattern.compile("(?iu)(?:^|[\\s,])(?:по словам|по данным|по мнению"
            + "|по информации|по сведениям|по оценке|по оценкам|по прогнозу|по прогнозам"
            + "|как (?:" + RU_VERBS + "))\\s+([^,.;:\u2014«»\"]{2,140})");
    private static final Pattern RU_AFTER_VERB = Pattern.compile("(?iu)(?:^|[\\s,\u2014-])(?:" + RU_VERBS + ")\\s+"
            + "([^,.;:\u2014«»\"]{2,140})");
    /**
     * A Russian speech verb not followed by a letter: part of every match of the patterns around it and of
     * {@code RU_BEFORE_PARTICIPLE}.
     */
    private static final Pattern RU_VERB = Pattern.compile("(?iu)(?:" + RU_VERBS + "|" + RU_NAMING + ")(?!\\p{L})");
    private static final Pattern RU_BEFORE_VERB = Pattern.compile("(?iu)(?:^|[.,;:\u2014]\\s*)([^,.;:\u2014«»\"]{2,140}?)"
            + "\\s+(?:" + RU_VERBS + "|" + RU_NAMING + ")(?!\\p{L})");
    private static final Set<String> RU_PLACE_PREPOSITIONS = Set.of("в", "во", "на");
    private static final Set<String> RU_LEAD = Set.of("а", "об", "этом", "ранее", "также", "кроме", "того", "позднее",
            "затем", "в", "во", "на", "тогда", "уже");
    /**
     * Words of time and audience that stand between a Russian speech verb and its speaker or open the sentence
     * before it: "заявил во вторник журналистам министр …", "На прошлой неделе министр … заявил".
     */
    private static final Pattern RU_TIME_OR_AUDIENCE = Pattern.compile("(?iu)^(?:(?:в|во|на|к)\\s+)?(?:вчера|сегодня"
            + "|позавчера|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|прошлой|этой|прошлом|этом"
            + "|минувший|минувшую|минувшее|минувшей|минувшем"
            + "|прошлый|прошлую|прошлое|этот|эту|нашему|нашим|корреспонденту|корреспондентам"
            + "|неделе|месяце|году|журналистам|конце|начале|середине|прошлого|этого|текущего|года|месяца|репортёрам|репортерам|прессе|изданию|агентству|\\d{1,4}"
            + "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)$");

    static boolean noComment(String masked) {
        return NO_COMMENT.matcher(masked).find();
    }

    /** The speaker label of a transcript line, as written ("SARYBAEVA"), if the sentence opens with one. */
    static Optional<String> transcriptLabel(String sentence) {
        Matcher m = LABEL.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        String label = m.group(1).strip();
        return label.chars().filter(Character::isLetter).count() >= 2 || questionLabel(label) || answerLabel(label)
                ? Optional.of(label) : Optional.empty();
    }

    /**
     * A transcript's label in title case ("Host:", "Bekova:"): taken as a label only where the article shows it is one,
     * a host's label or the name of someone the article introduced before it ("With me is the economist Aida
     * Bekova."), since prose opens with other words before a colon ("Update:", "The verdict:").
     */
    private static final Pattern TITLE_CASE_LABEL = Pattern.compile(
            "^\\s*(\\p{Lu}\\p{Ll}[\\p{L}'\u2019-]*(?:\\s\\p{Lu}\\p{Ll}[\\p{L}'\u2019-]*){0,2}):\\s");

    /** {@link #transcriptLabel(String)}, or a title-case label that the article before it bears out. */
    static Optional<String> transcriptLabel(String sentence, List<String> articleBefore) {
        Optional<String> caps = transcriptLabel(sentence);
        if (caps.isPresent()) {
            return caps;
        }
        Matcher m = TITLE_CASE_LABEL.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        String label = m.group(1).strip();
        String[] words = label.split("\\s+");
        String last = words[words.length - 1];
        Pattern mentioned = Pattern.compile("(?<!\\p{L})" + Pattern.quote(last) + "(?!\\p{L})");
        boolean introduced = last.length() >= 3 && articleBefore.stream().anyMatch(s -> mentioned.matcher(s).find());
        return hostLabel(label) || introduced ? Optional.of(label) : Optional.empty();
    }

    /** "Q:" (or "QUESTION:") opens the interviewer's question in a printed interview. */
    static boolean questionLabel(String label) {
        return label.equals("Q") || label.equals("QUESTION");
    }

    /** "A:" (or "ANSWER:") opens the interviewee's answer in a printed interview. */
    static boolean answerLabel(String label) {
        return label.equals("A") || label.equals("ANSWER");
    }

    static boolean hostLabel(String label) {
        return HOST_LABELS.contains(label.toUpperCase(Locale.ROOT));
    }

    /** "SARYBAEVA" as a name can be found in prose: "Sarybaeva". */
    static String labelAsName(String label) {
        StringBuilder out = new StringBuilder();
        for (String w : label.split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String lower = w.toLowerCase(Locale.ROOT);
            // "AKIM OF THE DISTRICT" reads "Akim of the District": the small words stay small
            out.append(!out.isEmpty() && LABEL_SMALL_WORDS.contains(lower) ? lower
                    : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static final Set<String> LABEL_SMALL_WORDS = Set.of("of", "the", "for", "and", "in", "at", "to");

    /**
     * "The minister was blunt: “We will not …”": a quote introduced by a colon is the words of the clause's subject.
     * The subject ends where its predicate begins: a copula or auxiliary, a speech or light verb, or a past-tense
     * verb. Whether the subject is a speaker at all is left to the classifier ("The slogan was simple: “…”" names
     * no one).
     */
    private static final Pattern COLON_QUOTE = Pattern.compile(":\\s*[\u201C\"\u00AB]");
    private static final Set<String> PREDICATE_OPENERS = Set.of("was", "were", "is", "are", "has", "had", "have",
            "put", "kept", "keeps", "gave", "gives", "made", "makes", "did", "does", "took", "takes", "summed", "sums",
            "went", "said", "says", "told", "wrote", "writes", "replied", "answered", "added", "sounded", "struck",
            "left", "offered", "spelled", "spelt", "set", "sets", "would", "will", "could", "stated");

    /** The subject of a clause that introduces a quote with a colon, as written, if the sentence has one. */
    static Optional<String> colonQuoteSubject(String sentence, String masked) {
        Matcher colon = COLON_QUOTE.matcher(sentence);
        if (!colon.find() || LABEL.matcher(sentence).find()) {
            return Optional.empty();
        }
        String clause = masked.substring(0, colon.start());
        int boundary = Math.max(clause.lastIndexOf(';'), Math.max(clause.lastIndexOf('\u2014'),
                Math.max(clause.lastIndexOf('\u201D'), clause.lastIndexOf('\u00BB'))));
        String text = sentence.substring(boundary + 1, colon.start()).strip();
        // an opening adverbial ("On Monday, the minister was blunt") is not part of the subject
        int comma = text.indexOf(',');
        String first = text.isEmpty() ? "" : text.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (comma > 0 && (PhraseShapes.PREPOSITIONS.contains(first) || first.matches("(?:19|20)\\d\\d")
                || first.endsWith("ing"))) {
            text = text.substring(comma + 1).strip();  // "Addressing parliament on Monday, the president set …"
        } else if (comma < 0 && PhraseShapes.PREPOSITIONS.contains(first)) {
            // "On the media law he did not hesitate: “…”": an opening adverbial without its comma ends where a
            // pronoun subject begins
            Matcher pronoun = Pattern.compile("\\s(he|she|they|we)\\s").matcher(text);
            if (pronoun.find()) {
                text = text.substring(pronoun.start(1)).strip();
            }
        }
        List<String> subject = new ArrayList<>();
        for (String w : text.split("\\s+")) {
            String bare = w.replaceAll("[,.;]+$", "");
            String lower = bare.toLowerCase(Locale.ROOT);
            if (!subject.isEmpty() && (PREDICATE_OPENERS.contains(lower)
                    || Character.isLowerCase(bare.isEmpty() ? 'A' : bare.charAt(0)) && lower.endsWith("ed"))) {
                break;
            }
            subject.add(w);
            if (w.endsWith(",") && subject.size() > 1 && !PhraseShapes.nameLike(String.join(" ", subject))) {
                break;  // "the minister, asked about …, was blunt": the apposition is not the subject
            }
        }
        String out = PhraseShapes.tidy(String.join(" ", subject));
        return out.isEmpty() || subject.size() > 12 ? Optional.empty() : Optional.of(out);
    }

    /** "In his view, …", "In their opinion, …": the pronoun is the speaker. */
    private static final Pattern IN_ONES_VIEW = Pattern.compile("(?i)^\\s*(?:in|by)\\s+(his|her|their)\\s+(?:view"
            + "|opinion|words|assessment|estimate|estimation|account)\\b");
    /** The same in Russian: "По его мнению, …", "По её словам, …", "По их оценке, …". */
    private static final Pattern RU_IN_ONES_VIEW = Pattern.compile("(?iu)^\\s*по\\s+(его|её|ее|их)\\s+(?:мнению"
            + "|словам|оценке|оценкам|данным)(?!\\p{L})");

    /** A name in guillemets short enough to be a name ("«Ала-Тоо»"), not a quotation. */
    private static final Pattern SHORT_GUILLEMETS = Pattern.compile("\u00AB[^\u00AB\u00BB]{1,40}\u00BB");
    /**
     * What follows a Russian speaker before the verb is the occasion, not the speaker: "X в интервью изданию …",
     * "X в прошлый вторник", "X журналистам".
     */
    private static final Pattern RU_TAIL = Pattern.compile("(?iu)\\s+(?:(?:в|во|на)\\s+(?:интервью|эфире|беседе|ходе"
            + "|прошл\\p{L}*|минувш\\p{L}*|эт(?:от|у|о|ом|ой)|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|\\d)"
            + "|журналистам|репортёрам|репортерам|изданию|агентству|телеканалу|вчера|позавчера|сегодня|ещё|еще|\\d{1,2}\\s"
            // adverbs between the subject and the verb: "Он также пообещал", "Министр вновь заявил"
            + "|также|тоже|вновь|снова|уже|же)"
            + "(?!\\p{L}).*$");

    /** Phrases credited by the forms above, likeliest first. */
    static List<String> credited(String sentence, String masked) {
        List<String> out = new ArrayList<>();
        // a short name in guillemets is part of a Russian speaker's description ("директор центра «Навруз» X")
        masked = namesInGuillemetsKept(masked);
        masked = portfolioCommasKept(masked);
        Matcher view = IN_ONES_VIEW.matcher(masked);
        if (view.find()) {
            String p = view.group(1).toLowerCase(Locale.ROOT);
            out.add(p.equals("his") ? "he" : p.equals("her") ? "she" : "they");
        }
        Matcher ruView = RU_IN_ONES_VIEW.matcher(masked);
        if (ruView.find()) {
            String p = ruView.group(1).toLowerCase(Locale.ROOT);
            out.add(p.equals("его") ? "he" : p.equals("их") ? "they" : "she");
        }
        // the patterns built on a Russian speech verb try every span before or after every position, the costliest
        // step of attributing a quote; text without such a verb (most of it) cannot match them, so they are skipped
        boolean russianVerb = RU_VERB.matcher(masked).find();
        for (Pattern p : List.of(QUOTED_PASSIVE, QUOTED_AS, PASSIVE_BY, RU_ACCORDING, RU_AFTER_VERB)) {
            if (p == RU_AFTER_VERB && !russianVerb) {
                continue;
            }
            Matcher m = p.matcher(masked);
            if (m.find()) {
                String found = sentence.substring(m.start(1), m.end(1)).strip();
                if (p == PASSIVE_BY) {
                    Matcher end = AGENT_END.matcher(found);
                    found = end.find() ? found.substring(0, end.start()).strip() : found;
                }
                // "— добавила она в беседе с телеканалом": the occasion after the speaker is not part of her
                String phrase = p == RU_AFTER_VERB ? withoutRussianTail(withoutRussianLead(found))
                        : p == RU_ACCORDING ? withoutRussianTail(withoutRussianLead(found)) : found;
                if (p == RU_AFTER_VERB && RU_INFINITIVE.matcher(phrase).lookingAt()) {
                    continue;  // "пообещал ускорить выдачу …": what was promised, not who promised it
                }
                if (p == RU_AFTER_VERB && phrase.matches("\u00AB[^\u00AB\u00BB]+\u00BB")) {
                    // "рассказали «Вечерней газете», что …": a name in guillemets right after the verb is the one
                    // told, as "изданию «…»" is; a speaker after the verb comes with his role ("заявил глава «…»")
                    continue;
                }
                if (!phrase.isEmpty()) {
                    out.add(phrase);
                }
            }
        }
        // "…, говорится в сообщении пресс-службы министерства": the body whose message it is
        Matcher statedIn = RU_STATED_IN.matcher(masked);
        if (statedIn.find()) {
            out.add(withoutRussianTail(sentence.substring(statedIn.start(1), statedIn.end(1)).strip()));
        }
        // "Министр в среду поручил …, назвав это «…»": a gerund of speech after a clause shares its subject
        Matcher gerund = RU_GERUND_OF_SPEECH.matcher(masked);
        if (gerund.find()) {
            String phrase = withoutRussianTimeAtEnd(withoutRussianLead(sentence.substring(gerund.start(1),
                    gerund.end(1)).strip()));
            if (!phrase.isEmpty() && phrase.split("\\s+").length <= 8) {
                out.add(phrase);
            }
        }
        // "Вице-спикер …, отвечая на вопросы журналистов, отметил": the speaker is the chunk before the participle's
        Matcher participle = RU_BEFORE_PARTICIPLE.matcher(masked);
        Matcher before = !russianVerb ? null : participle.find() ? participle : RU_BEFORE_VERB.matcher(masked);
        if (before != null && (before == participle || before.find())) {
            String phrase = withoutRussianTail(withoutRussianOccasion(withoutRussianLead(
                    withoutOpeningOccasion(sentence.substring(before.start(1), before.end(1)).strip()))));
            if (!phrase.isEmpty() && phrase.split("\\s+").length <= 12) {
                out.add(phrase);
            }
        }
        return out;
    }

    /**
     * A comma inside a Russian office's portfolio ("министр труда, миграции и занятости населения X"): the list of
     * lower-case genitives after a body's word, closed by "и", is one title, not two clauses.
     */
    // case-sensitive: with (?i), \\p{Ll} would take the capitals of a name after the comma for a genitive
    private static final Pattern RU_PORTFOLIO_COMMA = Pattern.compile("(?u)(?:[Мм]инистр|[Мм]инистерств|[Кк]омитет"
            + "|[Аа]гентств|[Дд]епартамент|[Уу]правлени|[Сс]лужб|[Вв]едомств)\\p{L}*(?:\\s+\\p{Ll}+){1,3}(,)(?=\\s+(?!(?:что|чтобы|как|котор"
            + "\\p{L}*|где|когда|если|но|а)(?!\\p{L}))\\p{Ll}[\\p{Ll} ]{0,60}?\\s+и\\s+\\p{Ll})");

    private static String portfolioCommasKept(String masked) {
        Matcher m = RU_PORTFOLIO_COMMA.matcher(masked);
        StringBuilder out = new StringBuilder(masked);
        while (m.find()) {
            out.setCharAt(m.start(1), ' ');
        }
        return out.toString();
    }

    private static String namesInGuillemetsKept(String masked) {
        Matcher m = SHORT_GUILLEMETS.matcher(masked);
        StringBuilder out = new StringBuilder(masked);
        while (m.find()) {
            out.setCharAt(m.start(), 'Q');
            out.setCharAt(m.end() - 1, 'Q');
        }
        return out.toString();
    }

    /**
     * A speaker, then an adverbial participle's phrase set off by commas ("отвечая", "выступая", "комментируя",
     * "подчеркнув") or an active participle's about him ("Жители, вернувшиеся домой, рассказали"), then the speech
     * verb.
     */
    private static final Pattern RU_BEFORE_PARTICIPLE = Pattern.compile("(?iu)(?:^|[.;:\u2014]\\s*)"
            + "([^,.;:\u2014«»\"]{2,140}?),\\s*(?:\\p{Ll}+(?:ая|яя|уя|ив|ав|ев|вшись)|"
            + PhraseShapes.RU_ACTIVE_PARTICIPLE + ")(?!\\p{L})[^,.;:\u2014«»\"]{0,100},"
            + "\\s*(?:" + RU_VERBS + ")(?!\\p{L})");
    /** "говорится в сообщении пресс-службы X": what a body's message says is the body's statement. */
    private static final Pattern RU_STATED_IN = Pattern.compile("(?u)(?<!\\p{L})говорится\\s+в\\s+(?:сообщении"
            + "|заявлении|пресс-релизе|коммюнике|релизе|документе)\\s+([^,.;:\u2014\u00AB\u00BB\"]{2,100})");
    /**
     * A clause's subject, its past-tense verb, and a gerund of speech after a comma: "Министр в среду поручил …,
     * назвав …", "Депутат проголосовал против, заявив, что …".
     */
    private static final Pattern RU_GERUND_OF_SPEECH = Pattern.compile("(?u)^\\s*([^,.;:\u2014\u00AB\u00BB\"]{2,80}?)"
            + "\\s+\\p{Ll}+(?:ил|ал|ял|ел|ёл)(?:а|и|о)?(?:ся|сь)?(?!\\p{L})[^.;:]*?,\\s*(?:назвав|заявив|отметив|подчеркнув"
            + "|добавив|пояснив|сказав|предупредив|напомнив|указав|пообещав|призвав)(?!\\p{L})");

    /** A Russian phrase without the time that closes it: "Министр в среду" is the minister. */
    private static String withoutRussianTimeAtEnd(String phrase) {
        List<String> words = new ArrayList<>(List.of(phrase.split("\\s+")));
        while (words.size() > 1 && (RU_TIME_OR_AUDIENCE.matcher(words.get(words.size() - 1)).matches()
                || RU_PLACE_PREPOSITIONS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT)))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** "На брифинге в четверг официальный представитель …": an occasion opening the clause, before its speaker. */
    private static final Pattern RU_OPENING_OCCASION = Pattern.compile("(?iu)^(?:на|в|во|после|перед)\\s+[\\p{L}-]+"
            + "(?:\\s+(?:с|со)\\s+\\p{L}+(?:\\s+\\p{Ll}+)?)?\\s+(?=\\S)");
    /** "Аким … Асхат Бердибаев на заседании штаба": after a person's full name, an occasion. */
    private static final Pattern RU_OCCASION_AFTER_NAME = Pattern.compile("(?u)(?<=\\p{Ll}\\s)"
            + "(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)"
            + "\\s+(?:на|в|во|по|после|перед)\\s.*$");

    /** "На брифинге …" is an occasion; "В пресс-службе …" names the body that speaks (a role word), and stays. */
    private static String withoutOpeningOccasion(String phrase) {
        Matcher m = RU_OPENING_OCCASION.matcher(phrase);
        if (!m.find() || namesBody(m.group())) {
            return phrase;
        }
        String rest = phrase.substring(m.end());
        return rest.isBlank() ? phrase : rest;
    }

    /**
     * Whether a phrase names a body that can speak: a role word ("пресс-служба"), or an abbreviation in capitals, as
     * Russian names its agencies and services ("В ГКНБ заявили", "в МЧС сообщили").
     */
    private static boolean namesBody(String phrase) {
        return SpeakerRoles.bundled().roleOf(phrase).isPresent() || RU_ACRONYM.matcher(phrase).find()
                || GovernmentNames.CYRILLIC_COMPOUND.matcher(phrase.split("\\s+")[0]).matches();
    }

    private static final Pattern RU_ACRONYM = Pattern.compile("(?u)(?<![\\p{L}])\\p{Lu}{2,6}(?![\\p{L}])");

    private static String withoutRussianOccasion(String phrase) {
        return RU_OCCASION_AFTER_NAME.matcher(phrase).replaceFirst("$1").strip();
    }

    /** A Russian phrase without the occasion that follows the speaker. */
    private static String withoutRussianTail(String phrase) {
        return RU_TAIL.matcher(phrase).replaceFirst("").strip();
    }

    /** An interview or broadcast opening a Russian phrase, with the outlet it was given to. */
    private static final Pattern RU_INTERVIEW = Pattern.compile("(?iu)^(?:в|во)\\s+(?:интервью|эфире|беседе"
            + "|комментарии)(?:\\s+(?:с\\s+)?(?:«[^»]{1,40}»|\\p{Lu}[\\p{L}.-]+))?\\s+(?=\\S)");

    /** A Russian phrase without the connectives, times and audiences it opens with: the speaker alone. */
    private static String withoutRussianLead(String phrase) {
        // "в интервью «Газете» посланник X": the interview, and the outlet it was given to, is where he spoke
        phrase = RU_INTERVIEW.matcher(phrase).replaceFirst("");
        List<String> words = new ArrayList<>(List.of(phrase.split("\\s+")));
        while (!words.isEmpty() && (RU_LEAD.contains(words.get(0).toLowerCase(Locale.ROOT))
                || RU_TIME_OR_AUDIENCE.matcher(words.get(0)).matches())) {
            String removed = words.remove(0).toLowerCase(Locale.ROOT);
            // "написала в Telegram, что …", "жалуются на рост цен": what a preposition governs is where or about what
            // one spoke, not who, unless it names a body ("в пресс-службе …"), which speaks
            if (RU_PLACE_PREPOSITIONS.contains(removed) && !words.isEmpty()
                    && !RU_TIME_OR_AUDIENCE.matcher(words.get(0)).matches()
                    && !namesBody(String.join(" ", words))) {
                return "";
            }
        }
        return String.join(" ", words);
    }
}
