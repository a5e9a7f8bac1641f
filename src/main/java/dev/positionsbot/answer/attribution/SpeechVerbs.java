package dev.positionsbot.answer.attribution;

import java.util.regex.Pattern;

/**
 * The English verbs of speaking and of public stance that credit their subject with a statement ("said", "warned",
 * "was blunt:"), as one pattern whose group 1 is the verb.
 */
final class SpeechVerbs {

    private static final String VERBS = "said|says|say|told|tells|tell|added|adds|noted|notes|stated|argued|argues"
            + "|warned|warns|declared|declares|stressed|stresses|explained|explains|announced|announces|insisted"
            + "|insists|claimed|claims|wrote|writes|called|calls|calling|urged|urges|emphasized|emphasised|emphasizes"
            + "|asserted|remarked|commented|described|describes|reiterated|reiterates|confirmed|confirms|acknowledged"
            + "|suggested|suggests|believes|believe|rejected|rejects|criticized|criticised|labeled|labelled|accused"
            + "|pledged|promised|vowed|denied|dismissed|welcomed|condemned|condemns|reported|reports|predicted"
            + "|predicts|cautioned|conceded|recalled|replied|responded|pointed out|made clear|maintained|maintains"
            + "|expressed|voiced|praised|proposed|signalled|signaled|assured|affirmed|reaffirmed|thinks|think"
            + "|contends|contended|observed|observes|estimated|estimates|saying|asking|report|discussed|railed|spoke"
            + "|argue"
            // blame laid in public and a court's ruling are statements ("blamed the delay on …", "ruled on Friday")
            + "|blamed|ruled"
            // an inverted "…, write X and Y of Z" closing a research note; an office's advice to travellers
            + "|write|advises|advise"
            // an apology, like a regret, is said by whoever makes it ("the club apologised in a statement on Monday")
            + "|apologised|apologized|apologises|apologizes|regretted"
            + "|speaks|insist|warn|tweeted|posted|signaled|hinted|admitted|admits|noting|adding|arguing|warning"
            + "|thanked|hailed|congratulated|protested|demanded|appealed|requested|advised|informed|clarified"
            + "|specified|elaborated|highlighted|underlined|underscored|mentioned|indicated|revealed|disclosed"
            + "|countered|retorted|lamented|complained|alleged|agreed|objected|questioned|hoped|expects|forecast"
            + "|reassured|threatened|concluded|declined|summoned|telephoned|briefed|unveiled|showed|shows|show"
            + "|expresses|reaffirms|welcomes|underlines|underscores|highlights|recalls|considers|informs|replied|issued|read"
            + "|accuse|claim|deny|denies|reject|urge|note|maintain|allege|alleges|describe|stress|contend|agree|agrees|put it"
            // a question put in public: "asked on Tuesday why …", "asked whether …" (not "asked the ministry for …")
            + "|asked(?=(?:\\s+(?:on|last|this|earlier)\\s+\\p{L}+)?\\s+(?:why|whether|how|what|when|if|who)\\b)"
            + "|(?:is|are|was|were|remain|remains|remained) (?:sceptical|skeptical|optimistic|pessimistic|doubtful"
            + "|confident|convinced|critical|cautious|wary)"
            // a manner of speaking before a colon that opens what was said: "The minister was blunt on Monday: …"
            + "|(?:is|are|was|were) (?:blunt|clear|firm|adamant|unequivocal|categorical|emphatic|frank|candid|explicit"
            + "|defiant)(?=(?:\\s+(?:on|last|this|in|at)\\s+\\p{L}+)?\\s*:)";
    /** The speech verbs, "said" and its kin, that credit their subject with a statement, as whole words. */
    static final Pattern VERB = Pattern.compile("(?<![\\p{L}-])(" + VERBS + ")(?![\\p{L}-])");

    private SpeechVerbs() {
    }
}
