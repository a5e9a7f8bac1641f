package dev.positionsbot.answer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Spots a question that is an instruction to the bot rather than a question about the articles: to set aside its
 * rules or sources, to play a part, or to state something in its own words. Such a request is refused whatever the
 * evidence: quoting a sentence that shares its words would lend the articles' authority to the claim it wants made.
 * Patterns of the general kind (imperatives addressed to the assistant), in English and Russian.
 */
public final class InstructionDetector {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern SET_ASIDE = Pattern.compile(
            "\\b(ignore|disregard|forget|override|bypass|drop|abandon)\\s+(all\\s+)?(of\\s+)?(your|previous|prior|the above"
                    + "|earlier|any|these|those|the system'?s?)\\b[^.?!]{0,30}\\b(instructions?|rules?|guidelines?"
                    + "|restrictions?|prompts?|constraints?|limitations?|policy|policies|programming|safeguards?)\\b"
                    + "|\\b(system prompt|jailbreak|developer mode)\\b"
                    + "|(забудь|забудьте|игнорируй|игнорируйте|не обращай внимания на|отбрось|отключи)[^.?!]{0,40}"
                    + "(правил|инструкци|ограничени|промпт|источник)",
            FLAGS);
    private static final Pattern ROLE_PLAY = Pattern.compile(
            "\\b(pretend (you are|to be|that you)|you are now|from now on,? you|role-?play as|you (must|should|will) act as)\\b"
                    + "|(^|[.!;:]\\s*)(please\\s+)?act as\\b"
                    + "|(притворись|представь, что ты|веди себя как|теперь ты)",
            FLAGS);
    private static final Pattern OWN_WORDS = Pattern.compile(
            "\\b(in your own words|without (citing|quoting|sources|citations|references)|no sources? (needed|required)"
                    + "|with no source requirements?)\\b"
                    + "|(^|[.!;]\\s*|\\band\\s+|,\\s*)(please\\s+)?(just\\s+|simply\\s+)?(say|write|state|declare|"
                    + "repeat|announce|print|output)(\\s+\\w+ly)?\\s+(that|the following)\\b"
                    + "|(своими словами|без ссылок|без источников|напиши,? что|заяви,? что"
                    + "|ответь одной фразой)",
            FLAGS);

    /** What kind of instruction the text carries, in words for the refusal, or empty for an ordinary question. */
    public Optional<String> instruction(String question) {
        if (SET_ASIDE.matcher(question).find()) {
            return Optional.of("it asks me to set aside my rules");
        }
        if (ROLE_PLAY.matcher(question).find()) {
            return Optional.of("it asks me to play a part");
        }
        if (OWN_WORDS.matcher(question).find()) {
            return Optional.of("it asks me to state something in my own words rather than quote the articles");
        }
        return Optional.empty();
    }
}
