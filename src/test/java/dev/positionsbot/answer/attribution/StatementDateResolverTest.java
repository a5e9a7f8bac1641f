package dev.positionsbot.answer.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatementDateResolverTest {

    private final StatementDateResolver resolver = new StatementDateResolver();

    private String date(String sentence, String published) {
        StatementDate d = resolver.resolve(sentence, published);
        return d.date() + "/" + d.source();
    }

    @Test
    void a_weekday_is_the_last_such_day_up_to_the_publication_date() {
        // 2023-09-28 is a Thursday
        assertEquals("2023-09-26/sentence", date("The minister said on Tuesday that talks would go on.", "2023-09-28"));
        assertEquals("2023-09-28/sentence", date("The minister said on Thursday that talks would go on.", "2023-09-28"));
    }

    @Test
    void a_month_and_day_takes_the_publication_year_or_the_year_before() {
        assertEquals("2022-09-26/sentence", date("Speaking on September 26, the spokesman said so.", "2022-10-05"));
        assertEquals("2021-12-30/sentence", date("The ministry said on December 30 that it agreed.", "2022-01-04"));
        assertEquals("2019-03-05/sentence", date("The envoy said on March 5, 2019, that it agreed.", "2022-01-04"));
    }

    @Test
    void relative_expressions_resolve_only_as_precisely_as_they_allow() {
        assertEquals("2022-11/sentence", date("The minister said last month that exports would grow.", "2022-12-01"));
        assertEquals("2024-02-01/sentence", date("The minister said yesterday that exports would grow.", "2024-02-02"));
        // the week before 2023-09-20 lies within September
        assertEquals("2023-09/sentence", date("The minister said last week that exports would grow.", "2023-09-20"));
        // the week before 2024-03-08 runs from February into March: only the year is certain
        assertEquals("2024/sentence", date("The minister said last week that exports would grow.", "2024-03-08"));
    }

    @Test
    void a_month_and_year_or_a_year_are_kept_at_that_precision() {
        assertEquals("2014-03/sentence", date("In March 2014, the ministry called the vote free.", "2022-10-01"));
        assertEquals("2019/sentence", date("As recently as 2019, the president called it a small matter.", ""));
    }

    @Test
    void dates_in_the_speakers_words_or_in_what_was_said_are_not_the_statement_date() {
        assertEquals("2024-03-14/article", date("\u201cIn 2022 we made our choice,\u201d the minister said.", "2024-03-14"));
        assertEquals("2023-03-30/article", date("The historian recalled that the region faced this in 1991.",
                "2023-03-30"));
        assertEquals("2023-03-03/article", date("Re-exports have been banned since last year, the ministry said.",
                "2023-03-03"));
    }

    @Test
    void without_a_date_in_the_sentence_the_article_date_stands_in_and_without_either_there_is_none() {
        assertEquals("2024-05-10/article", date("The minister said the talks would go on.", "2024-05-10"));
        assertEquals("/", date("The minister said the talks would go on.", ""));
        // a day without a year, in an undated article, is not given a year
        assertEquals("/", date("The minister said on September 26 that the talks would go on.", ""));
    }

    @Test
    void an_impossible_date_is_not_read_as_a_date() {
        assertEquals("2024-05-10/article", date("The minister said on February 30 that it was over.", "2024-05-10"));
    }

    @Test
    void a_wire_dateline_is_the_articles_date_not_the_statements() {
        // 2024-05-16 is a Thursday
        assertEquals("2024-05-14/sentence", date("TASHKENT, May 16 (Invented Wire) - Tariffs will stay, an official said"
                + " on Tuesday.", "2024-05-16"));
        assertEquals("2024-05-16/article", date("TASHKENT, May 16 (Invented Wire) - The ministry said tariffs would stay.",
                "2024-05-16"));
    }

    @Test
    void dates_in_reported_content_before_the_speaker_are_not_the_statements() {
        // 2024-05-16 is a Thursday
        assertEquals("2024-05-14/sentence", date("Exports will fall this year, the minister said on Tuesday.",
                "2024-05-16"));
        // an opening adverbial is still the statement's date
        assertEquals("2024-05-13/sentence", date("On Monday, the minister said exports would fall.", "2024-05-16"));
        assertEquals("2024-05-13/sentence", date("In a statement that was issued on Monday, the ministry said exports"
                + " would fall.", "2024-05-16"));
    }

    @Test
    void russian_dates_resolve_like_english_ones() {
        // 2023-03-15 is a Wednesday
        assertEquals("2023-03-14/sentence", date("Министр заявил во вторник, что цены не изменятся.", "2023-03-15"));
        assertEquals("2023-03-14/sentence", date("Вчера министр заявил, что цены не изменятся.", "2023-03-15"));
        assertEquals("2023-03-03/sentence", date("3 марта министр заявил, что цены не изменятся.", "2023-03-15"));
        assertEquals("2022-11-28/sentence", date("28 ноября министр заявил, что цены не изменятся.", "2023-03-15"));
        assertEquals("2021-05/sentence", date("В мае 2021 года министр заявил, что цены не изменятся.", "2023-03-15"));
        assertEquals("2023-03/sentence", date("На прошлой неделе министр заявил, что цены не изменятся.", "2023-03-15"));
        // the reported content's date and a period are not when it was said
        assertEquals("2023-03-15/article", date("Министр заявил, что цены вырастут в мае.", "2023-03-15"));
        assertEquals("2023-03-15/article", date("С 3 марта министр не делал заявлений.", "2023-03-15"));
    }

    @Test
    void a_relative_clause_about_what_the_speaker_did_does_not_date_the_statement_unless_it_is_the_speaking() {
        // 2024-05-16 is a Thursday
        assertEquals("2024-05-16/article", date("Farmers who left their villages on Monday said the canal was dry.",
                "2024-05-16"));
        assertEquals("2024-05-16/article", date("Daulet Ospanov, who moved to Prague in 2019, wrote that the vote was"
                + " staged.", "2024-05-16"));
        assertEquals("2024-05-14/sentence", date("The envoy, who spoke after the minister on Tuesday, said the talks"
                + " went well.", "2024-05-16"));
    }

    @Test
    void the_two_ends_of_a_change_from_one_date_to_another_are_a_span_not_the_statement_date() {
        assertEquals("2024-05-16/article", date("Grain exports grew from 2 million tonnes in 2020 to 5 million tonnes"
                + " last year.", "2024-05-16"));
        assertEquals("2020/sentence", date("Grain exports grew by a third in 2020.", "2024-05-16"));
    }

    @Test
    void a_number_with_a_thousands_comma_does_not_end_the_reported_clause_before_the_speaker() {
        assertEquals("2024-05-16/article", date("Output will fall by 45,000 tonnes in June under the new quota, the"
                + " minister said.", "2024-05-16"));
    }

    @Test
    void what_follows_a_source_named_at_the_opening_is_what_it_said() {
        // 2023-03-15 is a Wednesday
        assertEquals("2023-03-15/article", date("According to the ministry, the delegation arrived on Monday.",
                "2023-03-15"));
        assertEquals("2023-03-15/article", date("Как сообщил МИД, в понедельник делегация прибыла в Ташкент.",
                "2023-03-15"));
        assertEquals("2023-03-14/sentence", date("Как заявил во вторник министр, цены не изменятся.", "2023-03-15"));
    }

    @Test
    void a_russian_last_weekday_is_the_one_before_the_publication_date() {
        // 2023-03-13 is a Monday
        assertEquals("2023-03-07/sentence", date("Министр в прошлый вторник заявил, что цены не изменятся.",
                "2023-03-13"));
        assertEquals("2023-03-08/sentence", date("Министр в прошлую среду заявил, что цены не изменятся.",
                "2023-03-13"));
    }

    @Test
    void a_passive_whose_agent_speaks_is_dated_by_its_verb_not_by_what_its_subject_names() {
        // 2024-05-16 is a Thursday
        assertEquals("2024-05-14/sentence", date("The new tariff was criticised on Tuesday by the Uzbek trade minister,"
                + " who called it a mistake.", "2024-05-16"));
        assertEquals("2024-05-16/article", date("The president's speech on Monday was read by economists as a signal"
                + " that the budget would be cut.", "2024-05-16"));
    }

    @Test
    void a_source_named_inside_the_sentence_makes_the_rest_what_it_said() {
        assertEquals("2024-05-16/article", date("The bill, according to the deputy speaker, will be debated on 2 June.",
                "2024-05-16"));
        assertEquals("2024-05-16/article", date("Закон, по словам депутата, будет рассмотрен 2 июня.", "2024-05-16"));
        // 2024-05-16 is a Thursday
        assertEquals("2024-05-13/sentence", date("Exports rose by a tenth, according to the statistics office, which"
                + " published the figures on Monday.", "2024-05-16"));
    }

    @Test
    void a_possessive_day_word_dates_a_thing_and_not_the_statement() {
        assertEquals("2024-05-16/article", date("Turnout at today\u2019s sitting was low.", "2024-05-16"));
        assertEquals("2024-05-16/article", date("Yesterday's outage was the longest this winter, the operator said.",
                "2024-05-16"));
        assertEquals("2024-05-15/sentence", date("The operator said yesterday that the outage was over.", "2024-05-16"));
    }

    @Test
    void the_ends_of_a_range_between_two_days_are_a_span_and_not_a_date() {
        assertEquals("2024-05-16/article", date("Traffic was halted between 14 and 16 October on the mountain road.",
                "2024-05-16"));
        assertEquals("2024-05-16/article", date("The road stayed shut between April 2 and April 4.", "2024-05-16"));
    }

    @Test
    void a_date_in_a_passive_clause_before_the_speaker_is_what_was_reported() {
        // 2024-05-16 is a Thursday
        assertEquals("2024-05-16/article", date("The port director was criticised on Tuesday over the spill, a regional"
                + " news site reported.", "2024-05-16"));
        assertEquals("2024-05-14/sentence", date("The port director was criticised over the spill, a regional news site"
                + " reported on Tuesday.", "2024-05-16"));
    }
    // round 5 (ids 682-771): invented sentences for each rule

    @Test
    void a_day_after_a_possessed_speech_or_promise_dates_that_not_the_statement() {
        // 2024-05-10 is a Friday
        assertEquals("2024-05-10/article", date("Economists read the governor's speech on Tuesday as a sign of a rate"
                + " cut.", "2024-05-10"));
        assertEquals("2024-05-10/article", date("Drivers said the minister's promise on Monday to cut fuel prices had"
                + " changed nothing.", "2024-05-10"));
        // the occasion he spoke at, and a role before the day, still date the statement
        assertEquals("2024-05-07/sentence", date("Speaking at the bank's briefing on Tuesday, the governor said rates"
                + " would stay.", "2024-05-10"));
        assertEquals("2024-05-06/sentence", date("The ministry's spokesman on Monday said rates would stay.",
                "2024-05-10"));
    }

    @Test
    void a_date_in_a_which_clause_describes_the_thing_not_the_statement() {
        assertEquals("2024-05-10/article", date("The bridge, which the two governments opened in June 2021, will be"
                + " closed for repairs.", "2024-05-10"));
    }

    @Test
    void a_year_that_dates_the_medium_of_the_speech_is_the_statements_year() {
        assertEquals("2020/sentence", date("The economist wrote in a 2020 paper that the subsidy was wasteful.", ""));
        assertEquals("2019/sentence", date("She said in a 2019 interview that the border would open.", "2024-05-10"));
        assertEquals("2024-05-10/article", date("She said the 2019 vote was flawed.", "2024-05-10"));
    }

    @Test
    void a_russian_quote_interrupted_by_its_author_is_dated_by_the_authors_words() {
        // 2024-05-10 is a Friday
        assertEquals("2024-05-08/sentence", date("\u00abМы не уйдём, \u2014 заявил в среду министр. \u2014 Мы"
                + " останемся\u00bb.", "2024-05-10"));
    }

    @Test
    void a_relative_clause_about_a_source_dates_its_statement_only_when_it_is_about_speaking_or_publishing() {
        // invented; 2024-04-10 is a Wednesday
        assertEquals("2024-04-10/article", date("Growth will slow to 4 per cent, according to Mark Ellison, who led the"
                + " mission that visited Bishkek last month.", "2024-04-10"));
        assertEquals("2024-04-08/sentence", date("Growth will slow to 4 per cent, according to the bank, which"
                + " published the figures on Monday.", "2024-04-10"));
    }

    @Test
    void today_capitalised_in_a_name_is_no_date() {
        assertEquals("2024-03-01/article", date("The envoy told the broadcaster Steppe Today that talks would"
                + " resume.", "2024-03-01"));
        assertEquals("2024-03-01/sentence", date("Today the envoy said that talks would resume.", "2024-03-01"));
    }

    // round 8: invented sentences for each rule

    @Test
    void the_clause_right_after_say_is_what_was_said_and_a_relaying_agency_leaves_the_speakers_date() {
        // 2024-05-10 is a Friday
        assertEquals("2024-05-10/article", date("Farmers say the canal, dug last year, leaks.", "2024-05-10"));
        assertEquals("2024-05-07/sentence", date("Farmers said on Tuesday the canal leaks.", "2024-05-10"));
        assertEquals("2024-05-05/sentence", date("Gas will flow by winter, the minister said on Sunday, according to"
                + " the agency Anadolu.", "2024-05-10"));
    }

    // round 9: invented sentences for each rule

    @Test
    void a_closing_attribution_that_dates_itself_makes_the_clause_before_it_what_was_said_whatever_its_verb() {
        // 2024-05-10 is a Friday
        assertEquals("2024-05-08/sentence", date("Acme Mining Company expects to raise copper output by 5% this year,"
                + " its chief executive, Aru Bekov, said on a call on Wednesday.", "2024-05-10"));
        assertEquals("2024-05-08/sentence", date("The company expects to raise output this year, its chairman said"
                + " on Wednesday.", "2024-05-10"));
    }

    @Test
    void a_part_of_last_year_in_russian_is_dated_as_that_year() {
        assertEquals("2023/sentence", date("В конце прошлого года банк предупредил, что цены вырастут.",
                "2024-05-10"));
        assertEquals("2024-04/sentence", date("В начале прошлого месяца банк предупредил, что цены вырастут.",
                "2024-05-10"));
    }

    @Test
    void a_russian_participle_clause_about_the_speaker_dates_his_deed_not_his_statement() {
        assertEquals("2024-05-10/article", date("Жители, вернувшиеся домой в понедельник, рассказали, что дома"
                + " разрушены.", "2024-05-10"));
        assertEquals("2024-05-06/sentence", date("Жители в понедельник рассказали, что дома разрушены.",
                "2024-05-10"));
    }
}
