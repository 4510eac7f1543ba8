package org.lonelyloop.gui;

import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.LonelyLoop;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

/**
 * What the network view draws, as MASON fields: each person at their place in the force-directed
 * layout, the offline ties (edge info: strength 0..1) and the online ties. A view of the model's
 * compact tie arrays, rebuilt each day; the model itself never holds MASON networks.
 */
public final class SocialField {
    public static final double WIDTH = 100;
    public static final double HEIGHT = 70;

    final Continuous2D people = new Continuous2D(5, WIDTH, HEIGHT);
    final Network offline = new Network(false);
    final Network online = new Network(false);
    private final AgentView[] agents;
    private final ForceLayout layout;
    private EdgeList offlineTies;

    public SocialField(LonelyLoop model) {
        int n = model.populationSize();
        agents = new AgentView[n];
        for (int i = 0; i < n; i++) {
            agents[i] = model.agent(i);
            offline.addNode(agents[i]);
            online.addNode(agents[i]);
        }
        for (int i = 0; i < n; i++) {
            for (int j : agents[i].onlineNeighbours()) {
                if (j > i) {
                    online.addEdge(agents[i], agents[j], null);
                }
            }
        }
        // People stay a whole circle from the edge: the widest (ten hours a day, at a large --scale)
        // reaches further than the layout's usual margin.
        layout = new ForceLayout(n, WIDTH, HEIGHT, model.seed(), AgentPortrayal.largestDiameter(n) / 2);
        readTies();
        layout.settle(offlineTies, Math.max(60, Math.min(400, 40_000 / n)));
        place();
    }

    /** Follows the day's changes: ties as they now are, and a few gentle layout steps. */
    public void update() {
        readTies();
        layout.relax(offlineTies, agents.length <= 200 ? 6 : 2);
        place();
    }

    public AgentView agent(int id) {
        return agents[id];
    }

    public int size() {
        return agents.length;
    }

    /** Where a person is drawn, in field units. */
    public Double2D position(int id) {
        return people.getObjectLocation(agents[id]);
    }

    private void readTies() {
        EdgeList list = new EdgeList();
        offline.removeAllEdges();
        for (int i = 0; i < agents.length; i++) {
            int[] nb = agents[i].offlineNeighbours();
            float[] w = agents[i].offlineStrengths();
            for (int k = 0; k < nb.length; k++) {
                if (nb[k] > i) {
                    offline.addEdge(agents[i], agents[nb[k]], (double) w[k]);
                    list.add(i, nb[k], w[k]);
                }
            }
        }
        offlineTies = list;
    }

    private void place() {
        for (int i = 0; i < agents.length; i++) {
            people.setObjectLocation(agents[i], new Double2D(layout.x(i), layout.y(i)));
        }
    }

    /** The offline ties as the layout reads them. */
    private static final class EdgeList implements ForceLayout.Ties {
        private int[] a = new int[64];
        private int[] b = new int[64];
        private float[] w = new float[64];
        private int n;

        void add(int from, int to, float strength) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, 2 * n);
                b = java.util.Arrays.copyOf(b, 2 * n);
                w = java.util.Arrays.copyOf(w, 2 * n);
            }
            a[n] = from;
            b[n] = to;
            w[n++] = strength;
        }

        @Override
        public int count() {
            return n;
        }

        @Override
        public int a(int e) {
            return a[e];
        }

        @Override
        public int b(int e) {
            return b[e];
        }

        @Override
        public double strength(int e) {
            return w[e];
        }
    }
}
