package org.lonelyloop.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MASON's File > New Simulation reads sim/display/simulation.classes and builds each class named
 * there with no arguments; ours names only the classroom GUI (MASON's own names demos that need
 * Java3D, and loading them printed a warning at every start).
 */
class SimulationListTest {
    @Test
    void theListNamesOnlyTheClassroomGuiAndItBuildsWithoutArguments() throws Exception {
        List<String> lines;
        try (var in = new BufferedReader(new InputStreamReader(
                sim.display.Console.class.getResourceAsStream("simulation.classes"), StandardCharsets.UTF_8))) {
            lines = in.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
        assertEquals(List.of("ONLY", "NAME: LonelyLoop classroom", LonelyLoopWithUI.class.getName()), lines,
                "the class path's first simulation.classes is LonelyLoop's");
        Object gui = Class.forName(lines.get(2)).getConstructor().newInstance();
        assertNotNull(((LonelyLoopWithUI) gui).controls());
        assertEquals("classroom", HeadlessGui.model((LonelyLoopWithUI) gui).params().name());
    }
}
