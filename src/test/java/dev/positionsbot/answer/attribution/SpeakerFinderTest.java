package dev.positionsbot.answer.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerFinderTest {

    private final SpeakerFinder finder = new SpeakerFinder();

    private Speaker find(String sentence) {
        return finder.find(sentence, List.of(), List.of());
    }

    @Test
    void an_official_named_with_a_state_adjective_speaks_for_that_state() {
        Speaker s = find("Speaking on Monday, Kazakh Foreign Ministry spokesman Daniyar Seitkali said the vote was void.");
        assertEquals(SpeakerKind.OFFICIAL, s.kind());
        assertEquals("Kazakhstan", s.state());
        assertEquals("Daniyar Seitkali, Kazakh Foreign Ministry spokesman", s.name());
    }

    @Test
    void a_leader_in_the_lexicon_speaks_for_his_state_and_another_government_is_foreign() {
        assertEquals("Uzbekistan", find("Mirziyoyev said the border would stay open.").state());
        Speaker putin = find("Putin told the forum that the region was historically Russian.");
        assertEquals(SpeakerKind.FOREIGN_OFFICIAL, putin.kind());
        assertEquals("Russia", putin.state());
    }

    @Test
    void an_ambassador_to_a_state_speaks_for_the_state_that_sent_him() {
        Speaker s = find("Russian Ambassador to Kazakhstan Ivan Petrenko said the ties were strong.");
        assertEquals(SpeakerKind.FOREIGN_OFFICIAL, s.kind());
        assertEquals("Russia", s.state());
    }

    @Test
    void a_quote_credited_after_it_reads_the_apposition() {
        Speaker s = find("\u201cThe region is hedging,\u201d said Aru Bekova, a lecturer at a university in Almaty.");
        assertEquals(SpeakerKind.ANALYST, s.kind());
        assertTrue(s.name().startsWith("Aru Bekova"), s.name());
        assertEquals("", s.state());
    }

    @Test
    void according_to_credits_what_follows() {
        Speaker s = find("Exports fell by a third, according to the Uzbek Statistics Agency.");
        assertEquals(SpeakerKind.OFFICIAL, s.kind());
        assertEquals("Uzbekistan", s.state());
    }

    @Test
    void a_pronoun_points_back_to_the_last_named_speaker() {
        Speaker s = finder.find("He added that no decision had been taken.",
                List.of("Tajik Energy Minister Daler Juma said the plant would open in May."), List.of());
        assertEquals("Tajikistan", s.state());
        assertTrue(s.name().contains("Daler Juma"), s.name());
    }

    @Test
    void a_quote_running_on_from_the_previous_sentence_keeps_its_speaker() {
        Speaker s = finder.find("\u201cWe will not change course.\u201d",
                List.of("\u201cWe are neutral,\u201d Turkmen Foreign Minister Rashid Annayev said."), List.of());
        assertEquals("Turkmenistan", s.state());
    }

    @Test
    void a_sentence_that_credits_nobody_is_the_outlets_own_reporting() {
        assertEquals(Speaker.MEDIA, find("Trade between the two countries fell by a tenth last year."));
    }

    @Test
    void someone_a_state_has_is_not_the_state_and_passive_voice_credits_nobody() {
        // what a state's allies did is the outlet's account, not a statement of the state or of anyone named
        assertEquals(Speaker.MEDIA, find("Moscow's allies in the region declined to recognise the vote."));
        assertEquals(Speaker.MEDIA, find("The plan was proposed by a group of exporters."));
    }

    @Test
    void an_anonymous_crowd_is_unknown() {
        assertEquals(SpeakerKind.UNKNOWN, find("Critics say the law will silence the press.").kind());
    }

    // Sentences below are invented for these tests.

    @Test
    void a_wire_agency_quoting_someone_credits_the_one_quoted() {
        Speaker s = find("The state news agency quoted Foreign Minister Aliya Dzhumabaeva of Kyrgyzstan as saying the"
                + " border would reopen.");
        assertEquals(SpeakerKind.OFFICIAL, s.kind());
        assertEquals("Kyrgyzstan", s.state());
        assertTrue(s.name().contains("Aliya Dzhumabaeva"), s.name());
    }

    @Test
    void a_passive_speech_verb_credits_its_agent_and_declining_to_comment_is_the_outlets_reporting() {
        Speaker s = find("The new quota was announced by Uzbekistan's Ministry of Agriculture.");
        assertEquals(new Speaker("Uzbekistan's Ministry of Agriculture", SpeakerKind.OFFICIAL, "Uzbekistan"), s);
        assertEquals(Speaker.MEDIA, find("The Tajik embassy declined to comment on the report."));
        assertEquals(Speaker.MEDIA, find("Officials in Ashgabat did not respond to a request for comment."));
    }

    @Test
    void a_transcript_label_names_the_speaker_and_the_host_is_the_programme() {
        List<String> intro = List.of("HOST: Our guest is Ruslan Abenov, an economist at a bank in Almaty.");
        Speaker guest = finder.find("ABENOV: Prices will keep rising.", List.of(), intro);
        assertEquals(SpeakerKind.ANALYST, guest.kind());
        Speaker rest = finder.find("Nobody can stop that.", List.of("ABENOV: Prices will keep rising."), intro);
        assertEquals(SpeakerKind.ANALYST, rest.kind(), "the rest of the labelled paragraph");
        assertEquals(Speaker.MEDIA, find("ANCHOR: Fuel queues are back in the capital."));
    }

    @Test
    void a_parenthetical_participle_is_not_the_subject() {
        Speaker s = find("German Foreign Minister Klaus Vetter, visiting Tashkent, said Berlin valued the partnership.");
        assertEquals(SpeakerKind.FOREIGN_OFFICIAL, s.kind());
        assertEquals("Germany", s.state());
    }

    @Test
    void an_absolute_with_phrase_credits_its_subject() {
        Speaker s = find("Both states abstained, with Uzbekistan's foreign ministry calling the vote premature.");
        assertEquals(SpeakerKind.OFFICIAL, s.kind());
        assertEquals("Uzbekistan", s.state());
        assertTrue(s.name().contains("foreign ministry"), s.name());
    }

    @Test
    void the_subject_of_a_record_speaks_rather_than_the_record() {
        Speaker s = find("Erdogan told Mirziyoyev that Ankara would back the corridor, according to a readout from"
                + " the Uzbek presidency.");
        assertEquals(SpeakerKind.FOREIGN_OFFICIAL, s.kind());
        assertEquals("Turkey", s.state());
    }

    @Test
    void civil_society_speaks_for_no_state_and_think_tanks_are_analysts() {
        assertEquals(SpeakerKind.UNKNOWN, find("Kazakh rights groups said the law was too vague.").kind());
        assertEquals(SpeakerKind.ANALYST, find("Dana Ospan of the Endowment for Steppe Studies said the vote was"
                + " symbolic.").kind());
    }

    @Test
    void a_pronoun_after_a_sentence_without_a_speech_verb_is_that_sentences_subject() {
        Speaker s = finder.find("She said the talks were useful.",
                List.of("Tajik Deputy Foreign Minister Nilufar Rasulova met the Chinese envoy."), List.of());
        assertEquals(SpeakerKind.OFFICIAL, s.kind());
        assertEquals("Tajikistan", s.state());
    }

    @Test
    void russian_attributions_are_read() {
        Speaker s = find("«Мы не признаем референдумы», — заявил министр иностранных дел Казахстана Ерлан Сатов.");
        assertEquals(SpeakerKind.OFFICIAL, s.kind());
        assertEquals("Kazakhstan", s.state());
        assertEquals(SpeakerKind.ANALYST, find("По словам политолога Тимура Алиева, санкции ударят по торговле.").kind());
        assertEquals(SpeakerKind.FOREIGN_OFFICIAL, find("Ранее в Кремле заявили, что ждут ответа.").kind());
    }

    @Test
    void background_clauses_and_reported_silence_are_the_outlets_own_account() {
        assertEquals(Speaker.MEDIA, find("The visit came a week after Moscow announced new tariffs."));
        assertEquals(Speaker.MEDIA, find("Turkmenistan has said little about the war in public."));
        assertEquals(Speaker.MEDIA, find("Dushanbe's reply, announced on Friday, surprised its partners."));
        assertEquals(SpeakerKind.FOREIGN_OFFICIAL, find("Tashkent will not change course, Moscow's envoy Ivan Orlov"
                + " said after the talks.").kind());
    }

    @Test
    void a_name_takes_its_role_from_its_title_not_from_the_rest_of_the_sentence_that_introduced_it() {
        Speaker s = finder.find("“Nothing has changed,” Bekova said.", List.of(),
                List.of("Uzbek Deputy Energy Minister Lola Bekova spoke to reporters after the meeting."));
        assertEquals(SpeakerKind.OFFICIAL, s.kind());
        assertEquals("Uzbekistan", s.state());
    }

    @Test
    void according_to_reads_the_apposition_after_the_name() {
        assertEquals(SpeakerKind.ANALYST, find("According to Nurlan Esen, a researcher in Almaty, the mood has"
                + " shifted.").kind());
    }

    @Test
    void a_statement_on_its_website_is_whoever_its_points_back_to() {
        Speaker s = finder.find("\u201cThe rules apply to everyone,\u201d a statement on its website said.",
                List.of("Kyrgyzstan's Ministry of Economy published the new quotas."), List.of());
        assertEquals(SpeakerKind.OFFICIAL, s.kind());
        assertEquals("Kyrgyzstan", s.state());
    }

    @Test
    void a_quote_introduced_by_a_colon_is_the_words_of_the_clause_subject() {
        Speaker s = find("On Friday, Tajik Deputy Foreign Minister Olim Nazarzoda was blunt: \u201cWe take no side.\u201d");
        assertEquals(SpeakerKind.OFFICIAL, s.kind());
        assertEquals("Tajikistan", s.state());
        assertTrue(s.name().contains("Olim Nazarzoda"), s.name());
        Speaker reply = find("The reply from the Russian embassy was short: \u201cWe do not comment on rumours.\u201d");
        assertEquals(SpeakerKind.FOREIGN_OFFICIAL, reply.kind());
        assertEquals("Russia", reply.state());
    }

    @Test
    void a_colon_after_a_thing_rather_than_a_person_leaves_the_line_to_the_outlet() {
        assertEquals(Speaker.MEDIA, find("The sign over the activists\u2019 tent was short: \u201cPeace.\u201d"));
    }

    @Test
    void russian_institutions_speak_in_the_neuter_and_parliaments_are_named_in_russian() {
        Speaker embassy = find("Посольство Франции в Бишкеке заявило, что Париж поддерживает диалог.");
        assertEquals(SpeakerKind.FOREIGN_OFFICIAL, embassy.kind());
        assertEquals("France", embassy.state());
        Speaker deputy = find("Как заявил депутат Мажилиса Арман Сейтов, закон примут осенью.");
        assertEquals(SpeakerKind.OFFICIAL, deputy.kind());
        assertEquals("Kazakhstan", deputy.state());
        assertEquals(SpeakerKind.ANALYST, find("По словам директора Центра региональных исследований Марата Оспанова, "
                + "Бишкек выжидает.").kind());
    }

    @Test
    void a_role_owned_by_its_points_back_to_the_state_named_before() {
        List<String> before = List.of("Uzbekistan abstained in the vote on Thursday.");
        for (String sentence : List.of("Its ambassador said the draft was one-sided.",
                "Its ambassador, Dilshod Rakhimov, said the draft was one-sided.",
                "Dilshod Rakhimov, its ambassador, said the draft was one-sided.")) {
            Speaker s = finder.find(sentence, before, List.of());
            assertEquals(SpeakerKind.OFFICIAL, s.kind(), sentence);
            assertEquals("Uzbekistan", s.state(), sentence);
        }
    }

    @Test
    void a_governments_own_statement_speaks_for_it_but_its_reply_as_a_topic_does_not() {
        Speaker s = find("Beijing\u2019s statement said the corridor would be finished by 2030.");
        assertEquals(SpeakerKind.FOREIGN_OFFICIAL, s.kind());
        assertEquals("China", s.state());
        assertEquals(Speaker.MEDIA, find("Astana's statement, published late on Friday, puzzled diplomats."));
    }
}
