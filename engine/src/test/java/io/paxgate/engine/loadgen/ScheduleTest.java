package io.paxgate.engine.loadgen;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScheduleTest {
    @Test
    void sendsAreEvenlySpacedFromTheStart() {
        Schedule s = new Schedule(1_000, 4, 1_000_000_000L);
        assertEquals(1_000, s.intended(0));
        assertEquals(250_001_000L, s.intended(1));
        assertEquals(750_001_000L, s.intended(3));
    }

    @Test
    void theScheduleHoldsTheSendsDueBeforeItsEnd() {
        assertEquals(4, new Schedule(0, 4, 1_000_000_000L).count());
        assertEquals(5, new Schedule(0, 4, 1_000_000_001L).count());
        assertEquals(3, new Schedule(0, 3, 1_000_000_000L).count());
        assertEquals(0, new Schedule(0, 3, 0).count());
    }

    @Test
    void aSendIsDueExactlyAtItsIntendedTime() {
        Schedule s = new Schedule(100, 3, 10_000_000_000L);
        assertEquals(0, s.dueBy(99));
        assertEquals(1, s.dueBy(100));
        for (int k = 1; k < 30; k++) {
            assertEquals(k, s.dueBy(s.intended(k) - 1), "before send " + k);
            assertEquals(k + 1, s.dueBy(s.intended(k)), "at send " + k);
        }
    }

    @Test
    void lateSendsDoNotMoveTheScheduleOpenLoop() {
        Schedule s = new Schedule(0, 1000, 1_000_000_000L);
        // however late the sender wakes, what is due and when each send was meant to go are fixed
        assertEquals(501, s.dueBy(500_000_000L));
        assertEquals(400_000_000L, s.intended(400));
        assertEquals(1000, s.dueBy(Long.MAX_VALUE / 2));
    }

    @Test
    void aRateMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Schedule(0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Schedule(0, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new Schedule(0, 1, -1));
    }
}
