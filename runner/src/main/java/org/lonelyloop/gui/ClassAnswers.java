package org.lonelyloop.gui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.table.Csv;

/**
 * The class's answers to the lesson's {@link Question}s, and how they compare with what happened.
 * An answer is a number, or {@code more} or {@code less} than on the first day; a blank is no
 * answer.
 */
final class ClassAnswers {
    /** An answer the class gave: a number, or +1 (more) or -1 (less). */
    record Answer(double value) {
    }

    /** One line of the comparison card. */
    record Outcome(Question question, String predicted, String happened, Boolean right) {
    }

    private final Map<Question, Answer> answers = new EnumMap<>(Question.class);

    /**
     * Records the class's answer to {@code q}; blank clears it.
     *
     * @throws IllegalArgumentException naming the question and what it takes, for an answer it cannot read
     */
    void answer(Question q, String text, Labels labels) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            answers.remove(q);
            return;
        }
        if (q.moreOrLess) {
            if (t.equalsIgnoreCase(labels.get("predict.more")) || t.equalsIgnoreCase("more")) {
                answers.put(q, new Answer(1));
            } else if (t.equalsIgnoreCase(labels.get("predict.less")) || t.equalsIgnoreCase("less")) {
                answers.put(q, new Answer(-1));
            } else {
                throw new IllegalArgumentException(labels.get("predict.bad.moreLess", labels.get(q.key()), t));
            }
            return;
        }
        try {
            double v = Double.parseDouble(t.replace(',', '.').replace("%", "").trim());
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            answers.put(q, new Answer(v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(labels.get("predict.bad.number", labels.get(q.key()), t));
        }
    }

    /** The answer to {@code q}, or null. */
    Answer answer(Question q) {
        return answers.get(q);
    }

    boolean any() {
        return !answers.isEmpty();
    }

    /**
     * Each question with the class's answer beside what happened: the mean over the run's last
     * days ({@code last}, a week) against its first ({@code first}), since one day's meetings or
     * minutes are too much chance to read a change from.
     */
    List<Outcome> compare(List<DayRecord> first, List<DayRecord> last, int people, Labels labels) {
        List<Outcome> out = new ArrayList<>();
        for (Question q : Question.values()) {
            Answer a = answers.get(q);
            double end = mean(q, last, people);
            double start = mean(q, first, people);
            String happened;
            Boolean right = null;
            if (q.moreOrLess) {
                int direction = Double.compare(Math.round(end * 10), Math.round(start * 10));
                happened = labels.get(direction > 0 ? "predict.happened.more" : direction < 0 ? "predict.happened.less"
                        : "predict.happened.same", number(start, labels), number(end, labels));
                if (a != null) {
                    right = direction != 0 && Math.signum(a.value()) == direction;
                }
            } else {
                happened = number(end, labels);
                if (a != null) {
                    right = Math.abs(a.value() - end) <= q.tolerance;
                }
            }
            String predicted = a == null ? labels.get("predict.none")
                    : q.moreOrLess ? labels.get(a.value() > 0 ? "predict.more" : "predict.less") : number(a.value(), labels);
            out.add(new Outcome(q, predicted, happened, right));
        }
        return out;
    }

    private static double mean(Question q, List<DayRecord> days, int people) {
        double sum = 0;
        for (DayRecord r : days) {
            sum += q.value(r, people);
        }
        return sum / days.size();
    }

    private static String number(double v, Labels labels) {
        return String.format(labels.locale(), Math.abs(v) >= 10 || v == Math.rint(v) ? "%.0f" : "%.1f", v);
    }

    /** The card as CSV: question, predicted, happened, right (yes, no or blank). */
    static String csv(List<Outcome> outcomes, Labels labels) {
        StringBuilder b = new StringBuilder("question,predicted,happened,right\n");
        for (Outcome o : outcomes) {
            b.append(Csv.text(labels.get(o.question().key()))).append(',').append(Csv.text(o.predicted())).append(',')
                    .append(Csv.text(o.happened())).append(',')
                    .append(o.right() == null ? "" : o.right() ? "yes" : "no").append('\n');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ClassAnswers%s", answers);
    }
}
