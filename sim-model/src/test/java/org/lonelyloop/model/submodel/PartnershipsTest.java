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
import org.lonelyloop.model.Scenario;
import org.lonelyloop.model.TestScenarios;
import org.lonelyloop.model.event.PartnerChange;
import org.lonelyloop.model.params.AgeGroup;
import org.lonelyloop.model.params.PartnerParams;

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

    @Test
    void eachBandKeepsItsShareLivingWithAPartnerOverTheYears() {
        Scenario s = TestScenarios.with(TestScenarios.small(8000, 3650), "burnIn=30d");
        LonelyLoop m = LonelyLoop.create(s, 21, 2);
        Map<PartnerChange.Kind, Integer> seen = new EnumMap<>(PartnerChange.Kind.class);
        m.onPartnerChange(c -> seen.merge(c.kind(), 1, Integer::sum));
        m.start();
        m.runToEnd();
        double[] share = partneredShareByBand(m);
        m.finish();
        PartnerParams p = PartnerParams.defaults();
        for (int g = 0; g < AgeGroup.COUNT; g++) {
            // About 1,100 agents a band: a share's standard error is about 1.5 points.
            assertEquals(p.share().get(g), share[g], 0.06, "band " + AgeGroup.get(g).label + " after ten years");
        }
        assertTrue(seen.getOrDefault(PartnerChange.Kind.WIDOWHOOD, 0) > 100, "partners die: " + seen);
        assertTrue(seen.getOrDefault(PartnerChange.Kind.SEPARATION, 0) > 100, "couples separate: " + seen);
        assertTrue(seen.getOrDefault(PartnerChange.Kind.PARTNERING, 0) > 100, "people find partners: " + seen);
    }

    @Test
    void withoutTurnoverNoPartnershipChangesByItself() {
        Scenario s = TestScenarios.with(TestScenarios.small(1000, 400), "partners.turnover=false");
        LonelyLoop m = LonelyLoop.create(s, 3, 1);
        List<PartnerChange> seen = new ArrayList<>();
        m.onPartnerChange(seen::add);
        m.begin();
        float[] before = new float[m.populationSize()];
        for (int i = 0; i < before.length; i++) {
            before[i] = (float) m.agent(i).getPartnerCloseness();
        }
        while (m.inBurnIn()) {
            m.stepBurnInDay();
        }
        m.runToEnd();
        float[] after = new float[m.populationSize()];
        for (int i = 0; i < after.length; i++) {
            after[i] = (float) m.agent(i).getPartnerCloseness();
        }
        m.finish();
        assertEquals(List.of(), seen);
        assertArrayEquals(before, after);
    }

    @Test
    void thePartneringRateKeepsTheShareSteady() {
        PartnerParams p = PartnerParams.defaults();
        for (int g = 0; g < AgeGroup.COUNT; g++) {
            double s = p.share().get(g);
            double out = s * (p.separationPerYear().get(g) + p.bereavementPerYear().get(g));
            double in = (1 - s) * p.partneringPerYear(g);
            assertEquals(out, in, 1e-12, "flows balance in band " + g);
        }
    }
}
