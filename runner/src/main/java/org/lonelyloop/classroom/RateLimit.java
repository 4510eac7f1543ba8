package org.lonelyloop.classroom;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests allowed per sender: a bucket of {@code burst} that refills at {@code perSecond}, one per
 * sender (a phone's address), so one phone in a loop cannot slow the lesson for the others. Keeps
 * at most {@link #SENDERS} senders, forgetting the longest idle.
 */
final class RateLimit {
    static final int SENDERS = 1024;
    private final double burst;
    private final double perSecond;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > SENDERS;
        }
    };

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }
    }

    RateLimit(double burst, double perSecond) {
        this.burst = burst;
        this.perSecond = perSecond;
    }

    /** Whether {@code sender} may make a request at {@code nanos} (System.nanoTime), and counts it. */
    synchronized boolean allow(String sender, long nanos) {
        Bucket b = buckets.computeIfAbsent(sender, k -> new Bucket(burst, nanos));
        b.tokens = Math.min(burst, b.tokens + Math.max(0, nanos - b.last) / 1e9 * perSecond);
        b.last = nanos;
        if (b.tokens < 1) {
            return false;
        }
        b.tokens -= 1;
        return true;
    }
}
