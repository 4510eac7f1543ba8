package org.lonelyloop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RemainingTimeTest {
    private static final long SECOND = 1_000_000_000L;

    /**
     * Thirty-six runs sharing one settled world: the burn-in takes 60 s, then two workers finish a
     * run each every 4 s. The mean since the start said 35 minutes after the first run; the pace
     * of the finishes says what is left.
     */
    @Test
    void theRunsAfterASharedBurnInAreTimedByTheirOwnPace() {
        RemainingTime pace = new RemainingTime();
        int total = 36;
        int done = 0;
        for (int pair = 0; pair < total / 2; pair++) {
            long t = 60 * SECOND + pair * 4L * SECOND;
            pace.finished(t);
            pace.finished(t + SECOND / 100);
            done += 2;
            double left = pace.seconds(total - done);
            if (done >= RemainingTime.FIRST_ESTIMATE) {
                double truth = (total - done) / 2 * 4.0;
                assertTrue(left >= truth / 2 && left <= truth * 2, "after " + done + ": " + left + " s for " + truth);
            }
        }
        assertEquals(0, pace.seconds(0));
    }

    @Test
    void noEstimateUntilAPaceCanBeSeen() {
        RemainingTime pace = new RemainingTime();
        pace.finished(60 * SECOND);
        pace.finished(60 * SECOND + 1);
        assertTrue(Double.isNaN(pace.seconds(34)), "two runs that finished together say nothing of the pace");
        pace.finished(64 * SECOND);
        assertTrue(pace.seconds(33) > 0);
    }

    @Test
    void aChangeOfPaceIsFollowedWithinTheWindow() {
        RemainingTime pace = new RemainingTime();
        long t = 0;
        for (int k = 0; k < 20; k++) {
            t += 10 * SECOND;
            pace.finished(t);
        }
        for (int k = 0; k < RemainingTime.WINDOW; k++) {
            t += SECOND;
            pace.finished(t);
        }
        assertEquals(10.0, pace.seconds(10), 1e-9, "ten runs at the new pace of one a second");
    }
}
