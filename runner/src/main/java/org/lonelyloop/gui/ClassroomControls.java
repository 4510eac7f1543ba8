package org.lonelyloop.gui;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.intervention.InterventionSpec;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.params.Scenario;
import org.lonelyloop.model.pathway.PathwayParams;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;
import sim.util.Interval;

/**
 * What the Console's Model tab shows (MASON reads its getters, setters, {@code dom} ranges and
 * {@code des} descriptions): a few live figures, the main pathways with a switch and a slider each,
 * and intervention switches that act from the current day. Slider ranges come from the parameter
 * records' own {@link Range} bounds, and every change goes through the scenario format's override
 * path, so the GUI can set nothing a scenario file could not.
 */
public final class ClassroomControls {
    /** The interventions a class can switch on, as scenario entries (tuned for a small group). */
    static final Map<String, String> SWITCHES = new LinkedHashMap<>();

    static {
        SWITCHES.put("DailyTimeLimit", "{type: usage-cap, limits: [1h], adherence: 0.9}");
        SWITCHES.put("PhoneOffAtNight", "{type: phone-off, adherence: 0.9}");
        SWITCHES.put("FewerPlatforms", "{type: fewer-platforms}");
        SWITCHES.put("CuratedFeed", "{type: curate-feed}");
        SWITCHES.put("MeetFriendsMore", "{type: offline-investment}");
        SWITCHES.put("Hobby", "{type: hobby}");
        SWITCHES.put("Therapy", "{type: therapy, placesPer1000: 100}");
        SWITCHES.put("PeerSupportGroup", "{type: support-community}");
    }

    private final LonelyLoopWithUI gui;
    private final Labels labels;
    private final Map<String, Integer> running = new LinkedHashMap<>();
    private final Map<String, Boolean> pending = new LinkedHashMap<>();

    ClassroomControls(LonelyLoopWithUI gui, Labels labels) {
        this.gui = gui;
        this.labels = labels;
    }

    private LonelyLoop model() {
        return (LonelyLoop) gui.state;
    }

    /** The spec behind a switch. */
    static InterventionSpec spec(String name) {
        try {
            return ScenarioLoader.override(Scenario.defaults(), List.of("interventions=[" + SWITCHES.get(name) + "]"))
                    .interventions().get(0);
        } catch (ScenarioException e) {
            throw new IllegalStateException("switch " + name + ": " + e.getMessage(), e);
        }
    }

    // ---- live figures -------------------------------------------------------------------------

    public int getDay() {
        return Math.max(0, model().day());
    }

    public String desDay() {
        return labels.get("controls.day");
    }

    public String getStronglyLonely() {
        DayRecord r = gui.lastRecord();
        return r == null ? "-" : String.format(Locale.ROOT, "%.0f %%", 100 * r.get("shareStronglyLonely"));
    }

    public String desStronglyLonely() {
        return labels.get("controls.stronglyLonely");
    }

    public String getMinutesOnSocialMedia() {
        DayRecord r = gui.lastRecord();
        return r == null ? "-" : String.format(Locale.ROOT, "%.0f", r.get("meanUseMinutes"));
    }

    public String desMinutesOnSocialMedia() {
        return labels.get("controls.minutes");
    }

    public String getLoop() {
        LoopReading r = gui.lastReading();
        return r == null ? "-" : r.verdict(labels)[0];
    }

    public String desLoop() {
        return labels.get("controls.loop");
    }

    // ---- view ---------------------------------------------------------------------------------

    public int getFollow() {
        return gui.followed();
    }

    public void setFollow(int id) {
        gui.follow(Math.max(-1, Math.min(model().populationSize() - 1, id)));
    }

    public Object domFollow() {
        return new Interval(-1, model().populationSize() - 1);
    }

    public String desFollow() {
        return labels.get("controls.follow");
    }

    public boolean getShowOnlineTies() {
        return gui.showOnlineTies();
    }

    public void setShowOnlineTies(boolean on) {
        gui.showOnlineTies(on);
    }

    public String desShowOnlineTies() {
        return labels.get("controls.online");
    }

    // ---- pathways -----------------------------------------------------------------------------

    private PathwayParams pathways() {
        return model().scenario().pathways();
    }

    /** Applies {@code pathways.<key>=<value>} to the running model from the next day. */
    private void set(String key, Object value) {
        LonelyLoop m = model();
        synchronized (m.schedule) {
            try {
                Scenario changed = ScenarioLoader.override(m.scenario(), List.of("pathways." + key + "=" + value));
                m.retune(changed.pathways());
            } catch (ScenarioException | IllegalArgumentException e) {
                gui.tell(e.getMessage());
            }
        }
    }

    /** The slider range of a pathway parameter, from its record's bounds. */
    static Interval range(Class<? extends Record> params, String component) {
        for (RecordComponent c : params.getRecordComponents()) {
            if (c.getName().equals(component)) {
                Range r = c.getAnnotation(Range.class);
                if (r == null) {
                    throw new IllegalStateException(params.getName() + "." + component + " has no @Range");
                }
                return new Interval(r.min(), r.max());
            }
        }
        throw new IllegalArgumentException(params.getName() + " has no " + component);
    }

    public boolean getCompensation() {
        return pathways().compensation().enabled();
    }

    public void setCompensation(boolean on) {
        set("compensation.enabled", on);
    }

    public String desCompensation() {
        return labels.get("controls.compensation");
    }

    public double getCompensationStrength() {
        return pathways().compensation().strength();
    }

    public void setCompensationStrength(double v) {
        set("compensation.strength", v);
    }

    public Object domCompensationStrength() {
        return range(org.lonelyloop.model.pathway.Compensation.Params.class, "strength");
    }

    public String desCompensationStrength() {
        return labels.get("controls.compensationStrength");
    }

    public boolean getDisplacement() {
        return pathways().displacement().enabled();
    }

    public void setDisplacement(boolean on) {
        set("displacement.enabled", on);
    }

    public String desDisplacement() {
        return labels.get("controls.displacement");
    }

    public double getDisplacementStrength() {
        return pathways().displacement().strength();
    }

    public void setDisplacementStrength(double v) {
        set("displacement.strength", v);
    }

    public Object domDisplacementStrength() {
        return range(org.lonelyloop.model.pathway.Displacement.Params.class, "strength");
    }

    public String desDisplacementStrength() {
        return labels.get("controls.displacementStrength");
    }

    public boolean getComparison() {
        return pathways().comparison().enabled();
    }

    public void setComparison(boolean on) {
        set("comparison.enabled", on);
    }

    public String desComparison() {
        return labels.get("controls.comparison");
    }

    public double getComparisonStrength() {
        return pathways().comparison().strength();
    }

    public void setComparisonStrength(double v) {
        set("comparison.strength", v);
    }

    public Object domComparisonStrength() {
        return range(org.lonelyloop.model.pathway.SocialComparison.Params.class, "strength");
    }

    public String desComparisonStrength() {
        return labels.get("controls.comparisonStrength");
    }

    public boolean getWithdrawal() {
        return pathways().withdrawal().enabled();
    }

    public void setWithdrawal(boolean on) {
        set("withdrawal.enabled", on);
    }

    public String desWithdrawal() {
        return labels.get("controls.withdrawal");
    }

    public double getWithdrawalInitiative() {
        return pathways().withdrawal().initiative();
    }

    public void setWithdrawalInitiative(double v) {
        set("withdrawal.initiative", v);
    }

    public Object domWithdrawalInitiative() {
        return range(org.lonelyloop.model.pathway.Withdrawal.Params.class, "initiative");
    }

    public String desWithdrawalInitiative() {
        return labels.get("controls.withdrawalInitiative");
    }

    public boolean getReinforcement() {
        return pathways().reinforcement().enabled();
    }

    public void setReinforcement(boolean on) {
        set("reinforcement.enabled", on);
    }

    public String desReinforcement() {
        return labels.get("controls.reinforcement");
    }

    public double getReinforcementStrength() {
        return pathways().reinforcement().strength();
    }

    public void setReinforcementStrength(double v) {
        set("reinforcement.strength", v);
    }

    public Object domReinforcementStrength() {
        return range(org.lonelyloop.model.pathway.Reinforcement.Params.class, "strength");
    }

    public String desReinforcementStrength() {
        return labels.get("controls.reinforcementStrength");
    }

    public boolean getSleep() {
        return pathways().sleep().enabled();
    }

    public void setSleep(boolean on) {
        set("sleep.enabled", on);
    }

    public String desSleep() {
        return labels.get("controls.sleep");
    }

    public boolean getFomo() {
        return pathways().fomo().enabled();
    }

    public void setFomo(boolean on) {
        set("fomo.enabled", on);
    }

    public String desFomo() {
        return labels.get("controls.fomo");
    }

    // ---- interventions ------------------------------------------------------------------------

    private boolean isOn(String name) {
        return running.containsKey(name) || Boolean.TRUE.equals(pending.get(name));
    }

    /** Switches an intervention on or off from the current day (before the run starts: at its start). */
    void switchIntervention(String name, boolean on) {
        LonelyLoop m = model();
        synchronized (m.schedule) {
            if (!gui.started()) {
                pending.put(name, on);
                return;
            }
            try {
                if (on && !running.containsKey(name)) {
                    running.put(name, m.startIntervention(spec(name)));
                } else if (!on && running.containsKey(name)) {
                    m.stopIntervention(running.remove(name));
                }
            } catch (IllegalArgumentException e) {
                gui.tell(e.getMessage());
            }
        }
    }

    /** A new run: switches set before play take effect from its first day. */
    void started() {
        running.clear();
        Map<String, Boolean> wanted = new LinkedHashMap<>(pending);
        pending.clear();
        wanted.forEach((name, on) -> {
            if (on) {
                switchIntervention(name, true);
            }
        });
    }

    public boolean getDailyTimeLimit() {
        return isOn("DailyTimeLimit");
    }

    public void setDailyTimeLimit(boolean on) {
        switchIntervention("DailyTimeLimit", on);
    }

    public String desDailyTimeLimit() {
        return labels.get("controls.DailyTimeLimit");
    }

    public boolean getPhoneOffAtNight() {
        return isOn("PhoneOffAtNight");
    }

    public void setPhoneOffAtNight(boolean on) {
        switchIntervention("PhoneOffAtNight", on);
    }

    public String desPhoneOffAtNight() {
        return labels.get("controls.PhoneOffAtNight");
    }

    public boolean getFewerPlatforms() {
        return isOn("FewerPlatforms");
    }

    public void setFewerPlatforms(boolean on) {
        switchIntervention("FewerPlatforms", on);
    }

    public String desFewerPlatforms() {
        return labels.get("controls.FewerPlatforms");
    }

    public boolean getCuratedFeed() {
        return isOn("CuratedFeed");
    }

    public void setCuratedFeed(boolean on) {
        switchIntervention("CuratedFeed", on);
    }

    public String desCuratedFeed() {
        return labels.get("controls.CuratedFeed");
    }

    public boolean getMeetFriendsMore() {
        return isOn("MeetFriendsMore");
    }

    public void setMeetFriendsMore(boolean on) {
        switchIntervention("MeetFriendsMore", on);
    }

    public String desMeetFriendsMore() {
        return labels.get("controls.MeetFriendsMore");
    }

    public boolean getHobby() {
        return isOn("Hobby");
    }

    public void setHobby(boolean on) {
        switchIntervention("Hobby", on);
    }

    public String desHobby() {
        return labels.get("controls.Hobby");
    }

    public boolean getTherapy() {
        return isOn("Therapy");
    }

    public void setTherapy(boolean on) {
        switchIntervention("Therapy", on);
    }

    public String desTherapy() {
        return labels.get("controls.Therapy");
    }

    public boolean getPeerSupportGroup() {
        return isOn("PeerSupportGroup");
    }

    public void setPeerSupportGroup(boolean on) {
        switchIntervention("PeerSupportGroup", on);
    }

    public String desPeerSupportGroup() {
        return labels.get("controls.PeerSupportGroup");
    }
}
