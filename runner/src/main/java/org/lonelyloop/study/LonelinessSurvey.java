package org.lonelyloop.study;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.params.AgeGroup;
import org.lonelyloop.model.scale.DeJongGierveld;

/**
 * Loneliness as CBS surveys it (StatLine 85766NED): the shares not, somewhat and strongly lonely on
 * the whole 6-item De Jong Gierveld scale and on each of its subscales, by age band, and strongly
 * lonely by living with or without a partner. Each share is what a survey with item noise
 * ({@code measures.itemNoise}) would find on average, read on as many days as {@link #take} is
 * called and averaged over them. The model is only read.
 *
 * <p>Measure names (docs/research.md): {@code shareEmotionallyNotLonelyAge15to24},
 * {@code shareSociallyStronglyLonelyAge75plus} and so on for each band and subscale;
 * {@code shareStronglyLonelyPartnered} and {@code shareStronglyLonelyWithoutPartner} among adults of
 * {@value #HOUSEHOLD_MIN_AGE} and over (CBS's household rows: younger people mostly live with their
 * parents, neither alone nor with a partner), and their ratio {@code ratioStronglyLonelyWithoutPartner};
 * among adults of 18 and over, how much more often the {@value #LEAST_CONTACT_SHARE} who met people
 * face to face least over about the last four weeks are strongly lonely than the rest,
 * {@code ratioStronglyLonelyLeastContact}. CBS found 27 % strongly lonely among people with less than
 * weekly contact with family, friends and neighbours and 10 % among the others, with 10.7 % in all:
 * so the rare-contact group is about 4 % of adults. CBS counts calls and messages as contact and the
 * model only meetings, so the model's group is the same share at the bottom of its own scale, not the
 * same frequency.
 */
public final class LonelinessSurvey {
    /** Youngest age of the household comparison. */
    public static final double HOUSEHOLD_MIN_AGE = 25;
    private static final String[] SUBSCALES = {DailyMetrics.EMOTIONALLY, DailyMetrics.SOCIALLY};

    private final double[][][] subscale = new double[2][AgeGroup.COUNT][3];
    private final double[][] total = new double[AgeGroup.COUNT][3];
    private final double[] count = new double[AgeGroup.COUNT];
    /** Strongly lonely and count, with a partner [0] and without [1], ages 25+. */
    private final double[][] household = new double[2][2];
    /** Share of adults the least-contact group holds: the share CBS's own figures imply (class comment). */
    public static final double LEAST_CONTACT_SHARE = 0.04;
    /** Strongly lonely in the least-contact group [0] and the rest [1], and their counts, summed over days. */
    private final double[][] contact = new double[2][2];

    /** Surveys everyone today and adds their answers to the tally. */
    public void take(LonelyLoop model) {
        DeJongGierveld.Survey survey = DailyMetrics.survey(model.params().measures().itemNoise());
        double[] e = new double[DeJongGierveld.SUBSCALE_ITEMS + 1];
        double[] s = new double[DeJongGierveld.SUBSCALE_ITEMS + 1];
        double[] c = new double[3];
        double[][] adults = new double[model.populationSize()][];
        for (int i = 0; i < adults.length; i++) {
            adults[i] = new double[2];
        }
        int nAdults = 0;
        for (int i = 0; i < model.populationSize(); i++) {
            AgentView a = model.agent(i);
            int g = AgeGroup.of(a.getAge()).ordinal();
            survey.categories(a.getEmotionalLoneliness(), a.getSocialLoneliness(), e, s, c);
            count[g]++;
            for (int k = 0; k < 3; k++) {
                total[g][k] += c[k];
            }
            add(subscale[0][g], e);
            add(subscale[1][g], s);
            if (a.getAge() >= 18) {
                adults[nAdults][0] = a.getMeetingsPerWeek();
                adults[nAdults][1] = c[DeJongGierveld.STRONGLY];
                nAdults++;
            }
            if (a.getAge() >= HOUSEHOLD_MIN_AGE) {
                int h = a.getPartnered() ? 0 : 1;
                household[h][0] += c[DeJongGierveld.STRONGLY];
                household[h][1]++;
            }
        }
        // The least-contact group: the adults who met people face to face least over the last weeks.
        java.util.Arrays.sort(adults, 0, nAdults, (x, y) -> Double.compare(x[0], y[0]));
        int least = (int) Math.round(nAdults * LEAST_CONTACT_SHARE);
        for (int k = 0; k < nAdults; k++) {
            int group = k < least ? 0 : 1;
            contact[group][0] += adults[k][1];
            contact[group][1]++;
        }
    }

    private static void add(double[] into, double[] scores) {
        into[DeJongGierveld.NOT] += scores[0];
        into[DeJongGierveld.SOMEWHAT] += scores[1] + scores[2];
        into[DeJongGierveld.STRONGLY] += scores[DeJongGierveld.SUBSCALE_ITEMS];
    }

    /** The measures, each a mean over the days surveyed (NaN where nobody was asked). */
    public Map<String, Double> shares() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int sub = 0; sub < 2; sub++) {
            for (AgeGroup g : AgeGroup.values()) {
                double n = count[g.ordinal()];
                String suffix = DailyMetrics.ageSuffix(g);
                out.put(SUBSCALES[sub] + "NotLonely" + suffix, share(subscale[sub][g.ordinal()][DeJongGierveld.NOT], n));
                out.put(SUBSCALES[sub] + "StronglyLonely" + suffix,
                        share(subscale[sub][g.ordinal()][DeJongGierveld.STRONGLY], n));
            }
        }
        for (AgeGroup g : AgeGroup.values()) {
            out.put(DailyMetrics.NOT_LONELY + DailyMetrics.ageSuffix(g),
                    share(total[g.ordinal()][DeJongGierveld.NOT], count[g.ordinal()]));
        }
        double with = share(household[0][0], household[0][1]);
        double without = share(household[1][0], household[1][1]);
        out.put("shareStronglyLonelyPartnered", with);
        out.put("shareStronglyLonelyWithoutPartner", without);
        out.put("ratioStronglyLonelyWithoutPartner", with > 0 ? without / with : Double.NaN);
        double least = share(contact[0][0], contact[0][1]);
        double rest = share(contact[1][0], contact[1][1]);
        out.put("ratioStronglyLonelyLeastContact", rest > 0 ? least / rest : Double.NaN);
        return out;
    }

    /** The names {@link #shares} gives, in its order. */
    public static java.util.List<String> measures() {
        return java.util.List.copyOf(new LonelinessSurvey().shares().keySet());
    }

    private static double share(double sum, double n) {
        return n == 0 ? Double.NaN : sum / n;
    }
}
