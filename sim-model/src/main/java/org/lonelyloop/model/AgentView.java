package org.lonelyloop.model;

import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.params.AgeGroup;

/**
 * A read-only window on one agent, created on demand. Getters follow MASON's inspector naming, so
 * the GUI's inspector lists them as properties.
 */
public final class AgentView {
    private final Population pop;
    private final TieGraph offline;
    private final int id;

    AgentView(Population pop, TieGraph offline, int id) {
        this.pop = pop;
        this.offline = offline;
        this.id = id;
    }

    public int getId() {
        return id;
    }

    public double getAge() {
        return pop.age[id];
    }

    public String getAgeGroup() {
        return AgeGroup.get(pop.ageGroup[id]).label;
    }

    public double getLoneliness() {
        return pop.loneliness[id];
    }

    public int getLonelinessScore() {
        return DeJongGierveld.score(pop.loneliness[id]);
    }

    public String getLonelinessCategory() {
        return DeJongGierveld.categoryName(DeJongGierveld.category(pop.loneliness[id]));
    }

    public double getLonelinessSetPoint() {
        return pop.lonelinessSetPoint[id];
    }

    public double getSocialAnxiety() {
        return pop.socialAnxiety[id];
    }

    public double getActiveShare() {
        return pop.activeShare[id];
    }

    public double getUseMinutes() {
        return pop.useMinutes[id];
    }

    public double getActiveMinutes() {
        return pop.activeMinutes[id];
    }

    public double getPassiveMinutes() {
        return pop.passiveMinutes[id];
    }

    public double getFreeMinutes() {
        return pop.freeMinutes[id];
    }

    public int getContactsToday() {
        return pop.contacts[id];
    }

    public int getOfflineTies() {
        return offline.degree(id);
    }

    public double getOfflineStrength() {
        return offline.strengthSum(id);
    }

    public int[] offlineNeighbours() {
        return offline.neighboursOf(id);
    }
}
