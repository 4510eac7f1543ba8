package org.lonelyloop.gui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.lonelyloop.classroom.Labels;

/**
 * The Console's Predictions tab: before play, the teacher types the class's answer to each of the
 * lesson's questions (a number, or more or less); Compare shows the comparison card at any time,
 * and it opens by itself when the run ends.
 */
final class PredictionsPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private final Map<Question, JComponent> inputs = new EnumMap<>(Question.class);
    private final JLabel message = new JLabel(" ");
    private final Labels labels;
    private final ClassAnswers predictions;

    PredictionsPanel(LonelyLoopWithUI gui) {
        super(new BorderLayout(6, 6));
        this.labels = gui.labels();
        this.predictions = gui.predictions();
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        JLabel intro = new JLabel("<html>" + labels.get("predict.intro") + "</html>");
        intro.setFont(Zoom.font(Font.PLAIN, 14));
        add(intro, BorderLayout.NORTH);
        JPanel form = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.anchor = GridBagConstraints.WEST;
        int row = 0;
        // Each question above its answer: the question wraps to the tab's width, the answer keeps its size.
        for (Question q : Question.values()) {
            c.gridx = 0;
            c.gridy = row++;
            c.weightx = 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            c.insets = new Insets(10, 4, 2, 4);
            JLabel label = new JLabel("<html>" + labels.get(q.key()) + "</html>");
            label.setFont(Zoom.font(Font.PLAIN, 14));
            form.add(label, c);
            c.gridy = row++;
            c.weightx = 0;
            c.fill = GridBagConstraints.NONE;
            c.insets = new Insets(2, 16, 4, 4);
            JComponent input = q.moreOrLess
                    ? new JComboBox<>(new String[] {"", labels.get("predict.more"), labels.get("predict.less")})
                    : new JTextField(6);
            input.setFont(Zoom.font(Font.PLAIN, 15));
            input.setMinimumSize(input.getPreferredSize());
            inputs.put(q, input);
            form.add(input, c);
        }
        JPanel top = new JPanel(new BorderLayout());
        top.add(form, BorderLayout.NORTH);
        add(top, BorderLayout.CENTER);
        JButton compare = new JButton(labels.get("predict.compare"));
        compare.addActionListener(e -> {
            if (record()) {
                gui.showComparison();
            }
        });
        JPanel bottom = new JPanel(new BorderLayout(6, 6));
        bottom.add(message, BorderLayout.CENTER);
        bottom.add(compare, BorderLayout.EAST);
        add(bottom, BorderLayout.SOUTH);
    }

    /** Sets the input for {@code q} as the teacher would type or choose it. */
    void type(Question q, String text) {
        JComponent input = inputs.get(q);
        if (input instanceof JTextField f) {
            f.setText(text);
        } else {
            ((JComboBox<?>) input).setSelectedItem(text);
        }
    }

    /** Reads every input into the predictions; false (with the reason shown) if one cannot be read. */
    boolean record() {
        for (Map.Entry<Question, JComponent> e : inputs.entrySet()) {
            String text = e.getValue() instanceof JTextField f ? f.getText()
                    : String.valueOf(((JComboBox<?>) e.getValue()).getSelectedItem());
            try {
                predictions.answer(e.getKey(), text, labels);
            } catch (IllegalArgumentException ex) {
                message.setText(ex.getMessage());
                return false;
            }
        }
        message.setText(" ");
        return true;
    }

    String message() {
        return message.getText();
    }
}
