package org.lonelyloop.gui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.scenario.BundledScenarios;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioSource;
import sim.display.Console;

/**
 * The Console's Presets tab: the bundled scenarios with their questions; Open starts a fresh
 * Console on the chosen one and closes this one (scenarios bigger than the GUI draws are scaled
 * down to {@link LonelyLoopWithUI#MAX_PEOPLE}).
 */
final class PresetsPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    PresetsPanel(LonelyLoopWithUI gui, Console console) {
        super(new BorderLayout(6, 6));
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        Labels labels = gui.labels();
        List<String> names = new ArrayList<>(BundledScenarios.names());
        JList<String> list = new JList<>(names.toArray(new String[0]));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setFont(Zoom.font(Font.PLAIN, 15));
        JTextArea about = new JTextArea(5, 30);
        about.setLineWrap(true);
        about.setWrapStyleWord(true);
        about.setEditable(false);
        about.setFont(Zoom.font(Font.PLAIN, 14));
        JButton open = new JButton(labels.get("presets.open"));
        open.setEnabled(false);
        list.addListSelectionListener(e -> {
            String name = list.getSelectedValue();
            open.setEnabled(name != null);
            if (name != null) {
                try {
                    Scenario s = ScenarioLoader.load(ScenarioSource.bundled(name)).scenario();
                    String note = LessonNote.of(s.model(), labels);
                    about.setText(s.description().replaceAll("\\s+", " ").trim() + "\n\n" + labels.get("presets.size",
                            s.population().size(), LonelyLoopWithUI.fit(s).population().size())
                            + (note.isEmpty() ? "" : "\n\n" + note));
                } catch (ScenarioException ex) {
                    about.setText(ex.getMessage());
                }
            }
        });
        open.addActionListener(e -> {
            String name = list.getSelectedValue();
            try {
                Scenario s = ScenarioLoader.load(ScenarioSource.bundled(name)).scenario();
                LonelyLoopWithUI.open(s, labels);
                console.doClose();
            } catch (ScenarioException ex) {
                about.setText(ex.getMessage());
            }
        });
        add(new JScrollPane(list), BorderLayout.CENTER);
        JPanel bottom = new JPanel(new BorderLayout(6, 6));
        bottom.add(new JScrollPane(about), BorderLayout.CENTER);
        bottom.add(open, BorderLayout.SOUTH);
        add(bottom, BorderLayout.SOUTH);
    }
}
