package org.lonelyloop.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.state.LonelinessSource;

/** The diary for a scripted history: two days of one person, told in English and in Dutch. */
class DiaryTest {
    private static Map<LonelinessSource, Double> causes(Object... pairs) {
        Map<LonelinessSource, Double> m = new EnumMap<>(LonelinessSource.class);
        for (LonelinessSource s : LonelinessSource.values()) {
            m.put(s, 0.0);
        }
        for (int k = 0; k < pairs.length; k += 2) {
            m.put((LonelinessSource) pairs[k], (Double) pairs[k + 1]);
        }
        return m;
    }

    // Ties: Sem (3), Daan (1), Tess (8) yesterday; today Daan is gone and Lotte (20) is new.
    private static final DiaryDay YESTERDAY = new DiaryDay(11, 0.40, 2, 70, 20, 50, 0, new int[] {3},
            new int[] {3, 1, 8}, 0, causes());
    private static final DiaryDay TODAY = new DiaryDay(12, 0.45, 3, 135, 25, 110, 40, new int[] {8, 3},
            new int[] {3, 8, 20}, 15, causes(LonelinessSource.COMPARISON, 0.004, LonelinessSource.SLEEP, 0.006,
                LonelinessSource.DISPLACEMENT, 0.001, LonelinessSource.CONTACT, -0.009,
                LonelinessSource.PERSISTENCE, -0.02));

    @Test
    void aDayIsToldInPlainEnglish() {
        assertEquals("Day 12. I felt somewhat lonely today (3 of 6), lonelier than yesterday. I spent 2 h 15 min on "
                + "social media: 1 h 50 min scrolling through other people's posts and 25 min posting and chatting. "
                + "40 min of it was in bed, late at night. My plan kept 15 min of screen time off today. I met Sem "
                + "and Tess face to face. A new friendship began: Lotte. My friendship with Daan faded away. What "
                + "made me lonelier: too little sleep after scrolling at night and comparing myself with other "
                + "people's posts. What helped: seeing friends.",
                new Diary(Labels.forLanguage("en")).entry(TODAY, YESTERDAY));
    }

    @Test
    void andInDutch() {
        assertEquals("Dag 12. Ik voelde me vandaag een beetje eenzaam (3 van 6), eenzamer dan gisteren. Ik zat 2 u 15 "
                + "min op sociale media: 1 u 50 min scrollend door berichten van anderen en 25 min met posten en "
                + "chatten. Daarvan 40 min 's avonds laat in bed. Mijn plan hield vandaag 15 min schermtijd tegen. "
                + "Ik heb Sem en Tess in het echt gezien. Een nieuwe vriendschap: Lotte. Mijn vriendschap met Daan "
                + "is verwaterd. Wat me eenzamer maakte: te weinig slaap na het scrollen in bed en mezelf "
                + "vergelijken met de berichten van anderen. Wat hielp: vrienden zien.",
                new Diary(Labels.forLanguage("nl")).entry(TODAY, YESTERDAY));
    }

    @Test
    void noMeetingMeansNoThanksToSeeingFriends() {
        DiaryDay alone = new DiaryDay(5, 0.5, 3, 30, 10, 20, 0, new int[0], new int[] {2}, 0,
                causes(LonelinessSource.CONTACT, -0.01, LonelinessSource.MAINTENANCE, -0.003));
        String text = new Diary(Labels.forLanguage("en")).entry(alone, null);
        assertEquals(false, text.contains("seeing friends"), text);
        assertEquals(true, text.endsWith("What helped: chatting with friends online."), text);
    }

    @Test
    void aQuietFirstDayNeedsNoComparison() {
        DiaryDay quiet = new DiaryDay(0, 0.1, 0, 0, 0, 0, 0, new int[0], new int[] {2}, 0, causes());
        assertEquals("Day 0. I did not feel lonely today (0 of 6). I did not use social media today. I did not meet "
                + "any friends face to face.", new Diary(Labels.forLanguage("en")).entry(quiet, null));
    }

    @Test
    void aMoveIsToldFirstAndTheTiesItEndedAreNotSaidToFade() {
        DiaryDay moved = new DiaryDay(28, 0.45, 3, 60, 10, 50, 0, new int[0], new int[0], 0, causes(),
                java.util.List.of("move"));
        assertEquals("Day 28. I moved away today and left my friends behind. I felt somewhat lonely today (3 of 6), "
                + "lonelier than yesterday. I spent 1 h on social media: 50 min scrolling through other people's posts "
                + "and 10 min posting and chatting. I did not meet any friends face to face. I lost touch with Daan, "
                + "Sem and Tess.", new Diary(Labels.forLanguage("en")).entry(moved, YESTERDAY));
        assertEquals("Dag 28. We zijn vandaag verhuisd en ik heb mijn vrienden achtergelaten. Ik voelde me vandaag een "
                + "beetje eenzaam (3 van 6), eenzamer dan gisteren. Ik zat 1 u op sociale media: 50 min scrollend door "
                + "berichten van anderen en 10 min met posten en chatten. Ik heb vandaag geen vrienden in het echt gezien. Ik "
                + "heb geen contact meer met Daan, Sem en Tess.", new Diary(Labels.forLanguage("nl")).entry(moved, YESTERDAY));
    }

    @Test
    void everyLifeEventHasItsSentenceInBothLanguages() {
        for (Labels l : new Labels[] {Labels.forLanguage("en"), Labels.forLanguage("nl")}) {
            for (org.lonelyloop.model.event.LifeEventSpec.Kind k : org.lonelyloop.model.event.LifeEventSpec.Kind.values()) {
                DiaryDay d = new DiaryDay(3, 0.1, 0, 0, 0, 0, 0, new int[0], new int[0], 0, causes(),
                        k.lasts() ? java.util.List.of(k.name(), k.name() + ".end") : java.util.List.of(k.name()));
                String text = new Diary(l).entry(d, null);
                assertEquals(false, text.contains("diary.event"), text);
                assertEquals(true, l.keys().contains("diary.event." + k.name()), k.name());
                assertEquals(!k.lasts() || l.keys().contains("diary.event." + k.name() + ".end"), true, k.name());
            }
        }
    }
}
