package org.lonelyloop.model.submodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.ModelParams;
import org.lonelyloop.model.TestScenarios;
import org.lonelyloop.model.params.AgeGroup;
import org.lonelyloop.model.params.PartnerParams;
import org.lonelyloop.model.state.PartnerChange;

/** Partnerships end and begin at Dutch rates, and keep each age band's share where CBS finds it. */
class PartnershipsTest {
    private static double[] partneredShareByBand(LonelyLoop m) {
        double[] partnered = new double[AgeGroup.COUNT];
        double[] count = new double[AgeGroup.COUNT];
        for (int i = 0; i < m.populationSize(); i++) {
            int g = AgeGroup.of(m.agent(i).getAge()).ordinal();
            count[g]++;
            partnered[g] += m.agent(i).getPartnered() ? 1 : 0;
        }
        for (int g = 0; g < AgeGroup.COUNT; g++) {
            partnered[g] /= count[g];
        }
        return partnered;
    }

    /** 0 single, 1 living apart, 2 living together. */
    private static int[] relationships(LonelyLoop m) {
        int[] r = new int[m.populationSize()];
        for (int i = 0; i < r.length; i++) {
            r[i] = m.agent(i).getPartnered() ? 2 : m.agent(i).getDating() ? 1 : 0;
        }
        return r;
    }

    @Test
    void eachBandKeepsItsShareLivingWithAPartnerOverTheYears() {
        ModelParams s = TestScenarios.with(TestScenarios.small(8000, 3650), "burnIn=30d");
        LonelyLoop m = LonelyLoop.create(s, 21, 2);
        Map<PartnerChange.Kind, Integer> seen = new EnumMap<>(PartnerChange.Kind.class);
        m.partnerChanges().listen(c -> seen.merge(c.kind(), 1, Integer::sum));
        m.start();
        TestScenarios.runToEnd(m);
        double[] share = partneredShareByBand(m);
        m.finish();
        PartnerParams p = PartnerParams.defaults();
        for (int g = 0; g < AgeGroup.COUNT; g++) {
            // About 1,100 agents a band: a share's standard error is about 1.5 points.
            assertEquals(p.share().get(g), share[g], 0.06, "band " + AgeGroup.get(g).label + " after ten years");
        }
        assertTrue(seen.getOrDefault(PartnerChange.Kind.WIDOWHOOD, 0) > 100, "partners die: " + seen);
        assertTrue(seen.getOrDefault(PartnerChange.Kind.SEPARATION, 0) > 100, "couples separate: " + seen);
        assertTrue(seen.getOrDefault(PartnerChange.Kind.RELATIONSHIP, 0) > 100, "people find partners: " + seen);
        assertTrue(seen.getOrDefault(PartnerChange.Kind.PARTNERING, 0) > 100, "and move in together: " + seen);
    }

    @Test
    void attachmentToANewPartnerGrowsOverYearsAndIsLostAtOnce() {
        ModelParams s = TestScenarios.with(TestScenarios.small(6000, 1100), "burnIn=30d");
        LonelyLoop m = LonelyLoop.create(s, 5, 2);
        Map<Integer, Integer> began = new java.util.HashMap<>();
        List<PartnerChange> ended = new ArrayList<>();
        List<PartnerChange> movedIn = new ArrayList<>();
        m.partnerChanges().listen(c -> {
            if (c.day() < 0) {
                return;
            }
            switch (c.kind()) {
                case RELATIONSHIP -> began.putIfAbsent(c.agent(), c.day());
                case PARTNERING -> movedIn.add(c);
                default -> ended.add(c);
            }
        });
        m.start();
        TestScenarios.runToEnd(m);
        double young = 0;
        double old = 0;
        int nYoung = 0;
        int nOld = 0;
        for (Map.Entry<Integer, Integer> e : began.entrySet()) {
            org.lonelyloop.model.AgentView a = m.agent(e.getKey());
            if (a.getPartnerCloseness() == 0) {
                continue;
            }
            // How far the attachment has come: closeness over the bond it grows towards.
            double progress = a.getPartnerCloseness() / a.getPartnerBond();
            if (e.getValue() > 1100 - 200) {
                young += progress;
                nYoung++;
            } else if (e.getValue() < 1100 - 700) {
                old += progress;
                nOld++;
            }
        }
        assertTrue(nYoung > 10 && nOld > 10, nYoung + " new and " + nOld + " older relationships");
        // Bonding over a year: under 200 days about 1 - e^-0.3 of the way at most, over 700 days 1 - e^-1.9 at least.
        assertTrue(young / nYoung < 0.3, "a relationship of months is far from its bond: " + young / nYoung);
        assertTrue(old / nOld > 0.8, "one of two years is most of the way: " + old / nOld);
        for (PartnerChange c : ended) {
            if (c.agent() >= 0 && m.agent(c.agent()).getPartnerCloseness() == 0) {
                return;
            }
        }
        throw new AssertionError("someone whose partnership ended has no attachment from a partner left: " + ended.size());
    }

    @Test
    void withoutTurnoverNoPartnershipChangesByItselfThoughAttachmentStillGrows() {
        ModelParams s = TestScenarios.with(TestScenarios.small(1000, 400), "partners.turnover=false");
        LonelyLoop m = LonelyLoop.create(s, 3, 1);
        List<PartnerChange> seen = new ArrayList<>();
        m.partnerChanges().listen(seen::add);
        m.begin();
        int[] before = relationships(m);
        double[] bonds = new double[before.length];
        for (int i = 0; i < bonds.length; i++) {
            bonds[i] = m.agent(i).getPartnerBond();
        }
        while (m.inBurnIn()) {
            m.stepBurnInDay();
        }
        TestScenarios.runToEnd(m);
        int[] after = relationships(m);
        assertEquals(List.of(), seen);
        assertArrayEquals(before, after, "nobody partners, moves in or loses a partner");
        for (int i = 0; i < after.length; i++) {
            assertEquals(bonds[i], m.agent(i).getPartnerBond(), "bond of " + i);
            if (after[i] == 1) {
                assertTrue(m.agent(i).getPartnerCloseness() > 0.8 * bonds[i], "couples living apart keep bonding");
            }
        }
        m.finish();
    }

    @Test
    void theRatesKeepTheSharesSteady() {
        PartnerParams p = PartnerParams.defaults();
        for (int g = 0; g < AgeGroup.COUNT; g++) {
            double s = p.share().get(g);
            double dating = p.datingShare(g);
            double out = s * (p.separationPerYear().get(g) + p.bereavementPerYear().get(g));
            double begin = (1 - s - dating) * p.partneringPerYear(g);
            double moveIn = dating * p.movingInPerYear();
            assertEquals(out, begin, 1e-12, "as many relationships begin as households end, band " + g);
            assertEquals(out, moveIn, 1e-12, "and as many couples move in, band " + g);
        }
    }
}
