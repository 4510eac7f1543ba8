package org.lonelyloop.model.network;

import java.io.Serializable;

/**
 * The online network (follows, friends, groups) in compressed sparse row form: the neighbours of
 * agent {@code i} are {@code targets[offsets[i] .. offsets[i+1]-1]}. Undirected: every tie appears
 * in both rows. Online ties are held fixed during a run, so the compact read-only layout costs 4
 * bytes per tie end plus 4 bytes per agent and gives the fastest neighbour scans.
 */
public final class OnlineGraph implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int[] offsets;
    private final int[] targets;

    OnlineGraph(int[] offsets, int[] targets) {
        this.offsets = offsets;
        this.targets = targets;
    }

    /** Builds the graph from an undirected edge list ({@code a[e]}-{@code b[e]} for e < edges). */
    public static OnlineGraph fromEdges(int agents, int[] a, int[] b, int edges) {
        int[] offsets = new int[agents + 1];
        for (int e = 0; e < edges; e++) {
            offsets[a[e] + 1]++;
            offsets[b[e] + 1]++;
        }
        for (int i = 0; i < agents; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] fill = offsets.clone();
        int[] raw = new int[offsets[agents]];
        for (int e = 0; e < edges; e++) {
            raw[fill[a[e]]++] = b[e];
            raw[fill[b[e]]++] = a[e];
        }
        // Sort each row and drop repeated ties (a friend also met through preferential attachment).
        int[] compactOffsets = new int[agents + 1];
        int w = 0;
        for (int i = 0; i < agents; i++) {
            java.util.Arrays.sort(raw, offsets[i], offsets[i + 1]);
            compactOffsets[i] = w;
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                if (k == offsets[i] || raw[k] != raw[k - 1]) {
                    raw[w++] = raw[k];
                }
            }
        }
        compactOffsets[agents] = w;
        return new OnlineGraph(compactOffsets, java.util.Arrays.copyOf(raw, w));
    }

    public int agents() {
        return offsets.length - 1;
    }

    public int degree(int agent) {
        return offsets[agent + 1] - offsets[agent];
    }

    public int[] offsets() {
        return offsets;
    }

    public int[] targets() {
        return targets;
    }

    public boolean contains(int a, int b) {
        return java.util.Arrays.binarySearch(targets, offsets[a], offsets[a + 1], b) >= 0;
    }

    public long tieCount() {
        return targets.length / 2;
    }

    public double meanDegree() {
        return agents() == 0 ? 0 : (double) targets.length / agents();
    }

    public int[] neighboursOf(int agent) {
        return java.util.Arrays.copyOfRange(targets, offsets[agent], offsets[agent + 1]);
    }

    public long bytes() {
        return 4L * offsets.length + 4L * targets.length;
    }
}
