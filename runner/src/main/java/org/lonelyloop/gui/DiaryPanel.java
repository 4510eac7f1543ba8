package org.lonelyloop.gui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.IntConsumer;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.classroom.Names;

/**
 * Follow one person: a chooser of names and their diary, newest day on top, in a font a class
 * can read from the back of the room.
 */
public final class DiaryPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int KEEP = 60;

    private final Labels labels;
    private final JComboBox<String> who = new JComboBox<>();
    private final JTextArea text = new JTextArea();
    private final JLabel heading = new JLabel();
    private final Deque<String> entries = new ArrayDeque<>();
    private boolean updating;

    public DiaryPanel(Labels labels, IntConsumer follow) {
        super(new BorderLayout(6, 6));
        this.labels = labels;
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        Font big = Zoom.font(Font.PLAIN, 20);
        JPanel top = new JPanel(new BorderLayout(8, 0));
        JLabel label = new JLabel(labels.get("diary.follow"));
        label.setFont(big);
        who.setFont(big);
        top.add(label, BorderLayout.WEST);
        top.add(who, BorderLayout.CENTER);
        heading.setFont(big.deriveFont(Font.BOLD));
        top.add(heading, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        text.setFont(big);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setEditable(false);
        add(new JScrollPane(text), BorderLayout.CENTER);
        who.addActionListener(e -> {
            if (!updating && who.getSelectedIndex() > 0) {
                follow.accept(who.getSelectedIndex() - 1);
            }
        });
    }

    /** Lists the people to choose from (call on the Swing thread). */
    public void people(int n) {
        updating = true;
        who.removeAllItems();
        who.addItem(labels.get("diary.nobody"));
        for (int i = 0; i < n; i++) {
            who.addItem(Names.of(i));
        }
        updating = false;
        following(-1);
    }

    /** Starts a new diary for person {@code id} (-1: nobody). */
    public void following(int id) {
        updating = true;
        who.setSelectedIndex(id + 1);
        updating = false;
        entries.clear();
        heading.setText(id < 0 ? labels.get("diary.hint") : labels.get("diary.of", Names.of(id)));
        text.setText("");
    }

    /** Adds a day's entry on top. */
    public void add(String entry) {
        entries.addFirst(entry);
        while (entries.size() > KEEP) {
            entries.removeLast();
        }
        text.setText(String.join("\n\n", entries));
        text.setCaretPosition(0);
    }

    public String text() {
        return text.getText();
    }
}
