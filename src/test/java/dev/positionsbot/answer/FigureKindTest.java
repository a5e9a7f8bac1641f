package dev.positionsbot.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureKindTest {

    @Test
    void a_question_for_a_share_wants_a_percentage_or_a_fraction() {
        FigureKind kind = FigureKind.askedBy("What share of the wheat harvest went to Iran last year?");
        assertEquals(FigureKind.SHARE, kind);
        assertTrue(kind.foundIn("Iran took 14% of the harvest."));
        assertTrue(kind.foundIn("Iran took about a third of the harvest."));
        assertTrue(kind.foundIn("Иран получил 14 процентов урожая."));
        assertFalse(kind.foundIn("Iran took 1.2 million tonnes of the harvest."));
    }

    @Test
    void a_question_for_a_price_or_a_sum_of_money_wants_a_currency() {
        FigureKind kind = FigureKind.askedBy("How much did the new border terminal cost?");
        assertEquals(FigureKind.MONEY, kind);
        assertTrue(kind.foundIn("The terminal cost $48 million."));
        assertTrue(kind.foundIn("The terminal cost 3.1 billion tenge."));
        assertTrue(kind.foundIn("Терминал обошёлся в 3,1 млрд сомов."));
        assertFalse(kind.foundIn("The terminal handles 1,200 lorries a day."));
        assertEquals(FigureKind.MONEY, FigureKind.askedBy("What price does the company charge per tonne?"));
    }

    @Test
    void other_figures_take_any_number() {
        FigureKind kind = FigureKind.askedBy("How many lorries does the terminal handle each day?");
        assertEquals(FigureKind.ANY, kind);
        assertTrue(kind.foundIn("The terminal handles 1,200 lorries a day."));
        assertEquals(FigureKind.ANY, FigureKind.askedBy("How much gas did the plant process in May?"));
    }
}
